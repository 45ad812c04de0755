using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>
/// The inputs of the submission and edit forms. Required inputs carry a label and an error message; the host
/// checks them before sending, and the server checks everything again (lengths included).
/// </summary>
internal static class IdeaForm
{
    public static List<CardElement> Inputs(Campaign campaign, IdeaBoardOptions limits, IdeaDraft? draft, CultureInfo culture)
    {
        var kind = campaign.Kind == CampaignKind.UnnecessaryWork ? "work" : "idea";
        var inputs = new List<CardElement>
        {
            new TextInput
            {
                Id = "title",
                Label = T($"form.{kind}.title.label", culture),
                Placeholder = T($"form.{kind}.title.placeholder", culture),
                IsRequired = true,
                ErrorMessage = F("form.title.error", culture, limits.MaxTitleLength),
                MaxLength = limits.MaxTitleLength,
                Value = draft?.Title,
            },
        };

        if (campaign.Categories.Count > 0)
        {
            inputs.Add(new ChoiceSetInput
            {
                Id = "category",
                Label = T("form.category.label", culture),
                Placeholder = T("form.category.placeholder", culture),
                IsRequired = true,
                ErrorMessage = T("form.category.error", culture),
                Choices = [.. campaign.Categories.Select(c => new Choice(c, c))],
                Value = draft?.Category is { } category && campaign.Categories.Contains(category) ? category : null,
            });
        }

        if (campaign.Kind == CampaignKind.UnnecessaryWork)
        {
            inputs.Add(Text("currentPractice", "form.currentPractice", limits.MaxBodyLength, draft?.CurrentPractice, required: true, culture));
            inputs.Add(Text("whyUnnecessary", "form.whyUnnecessary", limits.MaxBodyLength, draft?.WhyUnnecessary, required: true, culture));
            inputs.Add(new NumberInput
            {
                Id = "hoursSaved",
                Label = T("form.hoursSaved.label", culture),
                Placeholder = T("form.hoursSaved.placeholder", culture),
                IsRequired = true,
                ErrorMessage = F("form.hoursSaved.error", culture, limits.MaxHoursSavedPerMonth),
                Min = 0,
                Max = limits.MaxHoursSavedPerMonth,
                Value = double.TryParse(draft?.HoursSaved, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) ? hours : null,
            });
            inputs.Add(Text("body", "form.proposal", limits.MaxBodyLength, draft?.Body, required: false, culture));
        }
        else
        {
            inputs.Add(Text("body", "form.body", limits.MaxBodyLength, draft?.Body, required: true, culture));
        }

        return inputs;
    }

    private static TextInput Text(string id, string key, int maxLength, string? value, bool required, CultureInfo culture) => new()
    {
        Id = id,
        Label = T(key + ".label", culture),
        Placeholder = T(key + ".placeholder", culture),
        IsMultiline = true,
        IsRequired = required ? true : null,
        ErrorMessage = required ? F(key + ".error", culture, maxLength) : null,
        MaxLength = maxLength,
        Value = value,
    };
}
