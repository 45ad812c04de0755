using System.Globalization;

namespace Intranet.Extensions.Localization;

/// <summary>The languages every card and message ships in, and how a recipient's language is chosen.</summary>
public static class IntranetCultures
{
    /// <summary>Korean (Republic of Korea).</summary>
    public static CultureInfo Korean { get; } = CultureInfo.GetCultureInfo("ko-KR");

    /// <summary>English (United States).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Both supported cultures, Korean first.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [Korean, English];

    /// <summary>
    /// The supported culture for a preferred language such as <c>ko</c>, <c>ko-KR</c> or <c>en-GB</c>;
    /// <paramref name="fallback"/> (Korean when not given) for anything else.
    /// </summary>
    public static CultureInfo Resolve(string? preferredLanguage, CultureInfo? fallback = null)
    {
        fallback ??= Korean;
        if (string.IsNullOrWhiteSpace(preferredLanguage))
        {
            return fallback;
        }

        var language = preferredLanguage.Trim();
        foreach (var culture in Supported)
        {
            if (language.Equals(culture.Name, StringComparison.OrdinalIgnoreCase) ||
                language.Split('-', '_')[0].Equals(culture.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase))
            {
                return culture;
            }
        }

        return fallback;
    }
}
