using System.Text.RegularExpressions;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>Round and session ids: safe as store key segments and in outbox and job ids.</summary>
internal static partial class HopeDayIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_@-]{0,63}$")]
    private static partial Regex Pattern();
}
