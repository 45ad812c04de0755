using System.Globalization;

namespace Intranet.Plugins.HopeDay;

/// <summary>
/// Text an organiser wrote (a round's title, a session's place), in Korean and optionally English. Shown
/// verbatim to each person in their language, Korean when no English was given.
/// </summary>
/// <param name="Korean">The Korean text; also the fallback.</param>
/// <param name="English">The English text, when the organiser gave one.</param>
public sealed record LocalizedText(string Korean, string? English = null)
{
    /// <summary>The text for <paramref name="culture"/>.</summary>
    public string Get(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(English) ? English : Korean;

    /// <summary>Korean-only text.</summary>
    public static implicit operator LocalizedText(string korean) => new(korean);
}
