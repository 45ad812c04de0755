using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>Ids of manuals and keys of areas and tasks: their rules and the keys derived from titles.</summary>
internal static partial class ManualKeys
{
    /// <summary>Manual ids: 2–48 lower-case letters, digits and dashes (they become store keys and outbox ids).</summary>
    public static bool IsValidManualId(string? id) => id is not null && ManualId().IsMatch(id);

    /// <summary>Area and task keys: letters (Korean too), digits, '-' and '_'; at most 64.</summary>
    public static bool IsValidKey(string? key) => key is not null && Key().IsMatch(key);

    /// <summary>
    /// A key from a title, without its leading numbering ("1-3. 민원실 운영" → "민원실-운영"), so renumbering tasks
    /// keeps their keys. Explicit keys (<c>{#key}</c> or <c>"key"</c>) are better still.
    /// </summary>
    public static string FromTitle(string title)
    {
        var text = LeadingNumbering().Replace(title.Normalize(NormalizationForm.FormC), "");
        var builder = new StringBuilder();
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var key = builder.ToString().Trim('-');
        return key.Length > 64 ? key[..64].TrimEnd('-') : key;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,47}$")]
    private static partial Regex ManualId();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^[\s\d.\-)·]+")]
    private static partial Regex LeadingNumbering();
}
