using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Samples.PraisePlugin.Model;

namespace Intranet.Samples.PraisePlugin.Cards;

/// <summary>The praise plugin's cards. Every text comes from the plugin's resources; typed text is shown verbatim.</summary>
internal static class PraiseCards
{
    /// <summary>The form to praise a colleague; <paramref name="draftId"/> makes a double click harmless.</summary>
    public static AdaptiveCard Compose(IEnumerable<StaffMember> colleagues, string draftId, CultureInfo culture, int maxLength = 500) =>
        Card(culture, T("compose.fallback", culture),
            Title(T("compose.title", culture)),
            new TextBlock(T("compose.intro", culture)) { IsSubtle = true },
            new ChoiceSetInput
            {
                Id = "to",
                Label = T("compose.to.label", culture),
                Placeholder = T("compose.to.placeholder", culture),
                IsRequired = true,
                ErrorMessage = T("compose.to.error", culture),
                Choices = [.. colleagues.Select(c => new Choice($"{c.DisplayName} · {c.Department}", c.Id))],
            },
            new TextInput
            {
                Id = "message",
                Label = T("compose.message.label", culture),
                Placeholder = T("compose.message.placeholder", culture),
                IsMultiline = true,
                IsRequired = true,
                MaxLength = maxLength,
                ErrorMessage = T("compose.message.error", culture),
            },
            new ActionSet
            {
                Actions =
                [
                    new ExecuteAction("praise.send", T("compose.send", culture))
                    {
                        Style = ActionStyle.Positive,
                        Data = new JsonObject { ["draftId"] = draftId },
                        AssociatedInputs = "auto",
                    },
                ],
            });

    /// <summary>What the sender sees after sending.</summary>
    public static AdaptiveCard Sent(Praise praise, CultureInfo culture) =>
        Card(culture, Format("sent.title", culture, praise.ToName),
            Title(Format("sent.title", culture, praise.ToName)),
            CardText.Verbatim(praise.Message),
            new TextBlock(T("sent.delivery", culture)) { IsSubtle = true },
            new ActionSet { Actions = [new ExecuteAction("praise.compose", T("sent.again", culture))] });

    /// <summary>What the colleague receives; refreshes for them to show whether they thanked.</summary>
    public static AdaptiveCard Received(Praise praise, CultureInfo culture)
    {
        var card = Card(culture, Format("received.fallback", culture, praise.FromName),
            Title(T("received.title", culture)),
            new FactSet
            {
                Facts =
                [
                    new Fact(T("received.from", culture), $"{praise.FromName} · {praise.FromDepartment}"),
                    new Fact(T("received.when", culture), When(praise.SentAt)),
                ],
            },
            CardText.Verbatim(praise.Message));
        var data = new JsonObject { ["praiseId"] = praise.Id };
        if (praise.ThankedAt is { } thankedAt)
        {
            card.Body.Add(new TextBlock(Format("received.thanked", culture, When(thankedAt))) { Color = TextColor.Good });
        }
        else
        {
            card.Actions.Add(new ExecuteAction("praise.thank", T("received.thank", culture)) { Style = ActionStyle.Positive, Data = data });
        }

        card.Refresh = new CardRefresh { Action = new ExecuteAction("praise.view") { Data = data.DeepClone().AsObject() }, UserIds = [praise.ToId] };
        return card;
    }

    /// <summary>What the colleague's department head receives.</summary>
    public static AdaptiveCard HeadNotice(Praise praise, CultureInfo culture) =>
        Card(culture, Format("head.title", culture, praise.ToName),
            Title(Format("head.title", culture, praise.ToName)),
            new TextBlock(Format("head.body", culture, praise.FromName, praise.FromDepartment ?? "", praise.ToName)),
            CardText.Verbatim(praise.Message, isSubtle: true));

    /// <summary>What the sender receives when the colleague thanks back.</summary>
    public static AdaptiveCard Thanked(Praise praise, CultureInfo culture) =>
        Card(culture, Format("thanked.title", culture, praise.ToName),
            Title(Format("thanked.title", culture, praise.ToName)),
            new TextBlock(T("thanked.body", culture)),
            CardText.Verbatim(praise.Message, isSubtle: true));

    private static AdaptiveCard Card(CultureInfo culture, string fallback, params CardElement[] body) => new()
    {
        FallbackText = fallback,
        Body = [.. body],
        MsTeams = TeamsCardProperties.FullWidth,
    };

    private static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = "heading" };

    // The renderer formats the instant in the viewer's own time zone and language.
    private static string When(DateTimeOffset instant) =>
        $"{{{{DATE({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},SHORT)}}}} {{{{TIME({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})}}}}";

    private static string T(string key, CultureInfo culture) => PraisePlugin.Descriptor.Texts.Get(key, culture);

    private static string Format(string key, CultureInfo culture, params object?[] args) => PraisePlugin.Descriptor.Texts.Format(key, culture, args);
}
