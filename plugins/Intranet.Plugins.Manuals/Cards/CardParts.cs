using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>Shared pieces of the plugin's cards. Resource texts go into text blocks; authored and typed text into runs.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(string fallback, IEnumerable<CardElement> body) => new()
    {
        FallbackText = CardText.Truncate(fallback, 200),
        Body = [.. body],
        MsTeams = TeamsCardProperties.FullWidth,
    };

    /// <summary>The coloured band at the top: a small line of context and the manual's title.</summary>
    public static Container Header(string kicker, string title, ContainerStyle style = ContainerStyle.Emphasis) => new()
    {
        Style = style,
        Items =
        [
            new TextBlock(kicker) { Size = TextSize.Small, IsSubtle = true, Wrap = true },
            Runs(new TextRun(CardText.Truncate(title, 200)) { Size = TextSize.Large, Weight = TextWeight.Bolder }),
        ],
    };

    /// <summary>A section heading: announced as a heading by screen readers, shown at body size so sections stay compact.</summary>
    public static TextBlock Heading(string text) => new(text) { Size = TextSize.Default, Weight = TextWeight.Bolder, Style = "heading", Spacing = Spacing.Medium };

    public static RichTextBlock Runs(params TextRun[] runs) => new() { Inlines = [.. runs] };

    /// <summary>Authored text (titles, names) as a run: never read as Markdown.</summary>
    public static TextRun Run(string text, bool bold = false, bool subtle = false, int maxLength = 300) => new(CardText.Truncate(text, maxLength))
    {
        Weight = bold ? TextWeight.Bolder : null,
        IsSubtle = subtle ? true : null,
    };

    /// <summary>A row: text on the left, one button on the right.</summary>
    public static ColumnSet Row(IEnumerable<CardElement> left, AdaptiveAction button) => new()
    {
        Separator = true,
        Columns =
        [
            new Column { Width = "stretch", Items = [.. left], VerticalContentAlignment = "center" },
            new Column { Width = "auto", Items = [new ActionSet { Actions = [button] }], VerticalContentAlignment = "center" },
        ],
    };

    public static ExecuteAction Execute(string action, string title, JsonObject data, bool positive = false) => new($"manuals.{action}", title)
    {
        Data = data,
        Style = positive ? ActionStyle.Positive : null,
        // Navigation never submits (or validates) the search box of the card.
        AssociatedInputs = "none",
    };

    public static JsonObject Data(ManualVersion version, params (string Name, JsonNode? Value)[] more)
    {
        var data = new JsonObject { ["manualId"] = version.ManualId, ["version"] = version.Number };
        foreach (var (name, value) in more)
        {
            data[name] = value;
        }

        return data;
    }

    /// <summary>The search box, in a card unfolded by the "search" button or at the end of the results.</summary>
    public static List<CardElement> SearchBox(ManualVersion version, CultureInfo culture, string? value = null) =>
    [
        new TextInput
        {
            Id = "query",
            Label = T("search.label", culture),
            Placeholder = T("search.placeholder", culture),
            IsRequired = true,
            ErrorMessage = T("search.error", culture),
            MaxLength = 100,
            Value = value is null ? null : CardText.Truncate(value, 100),
        },
        new ActionSet
        {
            Actions = [new ExecuteAction("manuals.search", T("search.submit", culture)) { Data = Data(version), AssociatedInputs = "auto" }],
        },
    ];

    public static ShowCardAction SearchAction(ManualVersion version, CultureInfo culture) => new()
    {
        Title = T("action.search", culture),
        Card = new AdaptiveCard { Body = SearchBox(version, culture) },
    };

    /// <summary>Each listed person gets their own view of the version (what they confirmed) when the card is shown.</summary>
    public static CardRefresh? Refresh(ManualVersion version, IReadOnlyList<string>? userIds, bool reminder = false) =>
        userIds is null || userIds.Count == 0 ? null : new CardRefresh
        {
            Action = new ExecuteAction("manuals.view") { Data = reminder ? Data(version, ("reminder", true)) : Data(version) },
            UserIds = [.. userIds.Take(CardRefresh.MaxUserIds)],
        };

    /// <summary>A date in the reader's language: 2026년 3월 16일(월) / Mon, Mar 16, 2026.</summary>
    public static string Date(DateOnly date, CultureInfo culture) => date.ToString(T("format.date", culture), culture);

    /// <summary>An instant the renderer formats in the viewer's own time zone and language.</summary>
    public static string When(DateTimeOffset instant) =>
        $"{{{{DATE({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},SHORT)}}}} {{{{TIME({instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})}}}}";

    public static string Percent(double rate) => Math.Round(rate * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string T(string key, CultureInfo culture) => ManualsPlugin.Descriptor.Texts.Get(key, culture);

    public static string F(string key, CultureInfo culture, params object?[] args) => ManualsPlugin.Descriptor.Texts.Format(key, culture, args);
}
