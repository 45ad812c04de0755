using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Plugins.HopeDay.Cards;

/// <summary>Building blocks shared by the plugin's cards: the card shell, headings, texts and times.</summary>
internal static class HopeDayCardKit
{
    public static AdaptiveCard Card(string fallback, IEnumerable<CardElement> body) => new()
    {
        FallbackText = fallback,
        Body = [.. body],
        MsTeams = TeamsCardProperties.FullWidth,
    };

    public static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = "heading" };

    /// <summary>The round's title as the organiser wrote it: never read as Markdown.</summary>
    public static RichTextBlock RoundTitle(LocalizedText title, CultureInfo culture) => new()
    {
        Inlines = [new TextRun(CardText.Truncate(title.Get(culture), 200)) { Size = TextSize.Large, Weight = TextWeight.Bolder }],
    };

    public static TextBlock Text(string text, bool subtle = false, TextColor? color = null) =>
        new(text) { IsSubtle = subtle ? true : null, Color = color };

    public static string T(string key, CultureInfo culture) => HopeDayTexts.Get(key, culture);

    public static string F(string key, CultureInfo culture, params object?[] args) => HopeDayTexts.Format(key, culture, args);

    public static string GroupName(SeniorityGroup group, CultureInfo culture) => T("group." + group, culture);

    /// <summary>A session's date and time in the organisation's time zone, where the session takes place.</summary>
    public static string SessionTime(HopeDaySessionDefinition session, CultureInfo culture, TimeZoneInfo zone) =>
        F("time.session", culture, TimeZoneInfo.ConvertTime(session.StartsAt, zone).DateTime, TimeZoneInfo.ConvertTime(session.EndsAt, zone).DateTime);

    /// <summary>A moment (a deadline) in the organisation's time zone.</summary>
    public static string Instant(DateTimeOffset instant, CultureInfo culture, TimeZoneInfo zone) =>
        F("time.instant", culture, TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static ExecuteAction Execute(string action, string title, JsonObject data, ActionStyle? style = null, bool withInputs = false) =>
        new("hopeday." + action, title)
        {
            Data = data,
            Style = style,
            AssociatedInputs = withInputs ? "auto" : "none",
        };

    public static JsonObject Data(string roundId, params (string Key, string? Value)[] more)
    {
        var data = new JsonObject { ["roundId"] = roundId };
        foreach (var (key, value) in more)
        {
            if (value is not null)
            {
                data[key] = value;
            }
        }

        return data;
    }
}
