using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Plugins.IdeaBoard.Cards;

/// <summary>Building blocks every idea board card shares.</summary>
internal static class CardKit
{
    /// <summary>
    /// A card of the plugin. <c>lang</c> stays unset on purpose (the abstractions mark it obsolete: the official
    /// renderer rejects it on alternate parses); the outbox records each recipient's language.
    /// </summary>
    public static AdaptiveCard Card(string fallback, IEnumerable<CardElement> body, IEnumerable<AdaptiveAction>? actions = null) => new()
    {
        FallbackText = fallback,
        Body = [.. body],
        Actions = [.. actions ?? []],
        MsTeams = TeamsCardProperties.FullWidth,
    };

    public static TextBlock Heading(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = "heading" };

    public static TextBlock Note(string text, TextColor? color = null) => new(text) { IsSubtle = color is null ? true : null, Color = color, Spacing = Spacing.Small };

    /// <summary>Text a person typed (titles, descriptions, comments): never read as Markdown.</summary>
    public static RichTextBlock Typed(string? text, int maxLength = 2000, bool bold = false, bool large = false, bool subtle = false)
    {
        var block = CardText.Verbatim(text, maxLength, subtle);
        var run = block.Inlines[0];
        run.Weight = bold ? TextWeight.Bolder : null;
        run.Size = large ? TextSize.Medium : null;
        return block;
    }

    /// <summary>A labelled piece of typed text: the label from the resources, the text verbatim.</summary>
    public static Container Section(string label, string? text, int maxLength = 2000) => new()
    {
        Spacing = Spacing.Medium,
        Items = [new TextBlock(label) { Weight = TextWeight.Bolder, Size = TextSize.Small }, Typed(text, maxLength)],
    };

    public static FactSet Facts(params (string Title, string Value)[] facts) => new() { Facts = [.. facts.Select(f => new Fact(f.Title, f.Value))] };

    /// <summary>A button. Buttons that do not submit a form send no inputs, so a half-filled required field never blocks them.</summary>
    public static ExecuteAction Button(string verb, string title, JsonObject? data = null, ActionStyle? style = null, bool submitsInputs = false) => new(verb, title)
    {
        Data = data,
        Style = style,
        AssociatedInputs = submitsInputs ? "auto" : "none",
    };

    public static ActionSet Buttons(params AdaptiveAction[] actions) => new() { Actions = [.. actions] };

    public static JsonObject Data(params (string Name, string? Value)[] values)
    {
        var data = new JsonObject();
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                data[name] = value;
            }
        }

        return data;
    }

    /// <summary>The renderer formats the instant in the viewer's own time zone and language.</summary>
    public static string When(DateTimeOffset instant) =>
        $"{{{{DATE({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},SHORT)}}}} {{{{TIME({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})}}}}";

    public static string Number(double value, CultureInfo culture) => value.ToString("0.#", culture);
}
