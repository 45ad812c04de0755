using System.Security.Cryptography;
using System.Text;

namespace Intranet.Plugins.IdeaBoard.Storage;

/// <summary>
/// Short ids derived from what identifies an action (card draft and actor), so a double click or a retried
/// request lands on the same document instead of creating a second one.
/// </summary>
internal static class StableIds
{
    public static string Of(char prefix, params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return prefix + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
