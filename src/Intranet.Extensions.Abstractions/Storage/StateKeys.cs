using System.Text.RegularExpressions;

namespace Intranet.Extensions.Storage;

/// <summary>Builds and checks store keys: '/'-separated segments of letters, digits and <c>._@-</c>.</summary>
public static partial class StateKeys
{
    /// <summary>Joins segments into a key, checking each.</summary>
    /// <exception cref="ArgumentException">A segment is empty or has characters outside the allowed set.</exception>
    public static string Combine(params string[] segments)
    {
        foreach (var segment in segments)
        {
            if (!Segment().IsMatch(segment))
            {
                throw new ArgumentException($"'{segment}' is not a valid key segment (letters, digits, '.', '_', '@', '-'; not starting with '.').", nameof(segments));
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Checks a whole key (or a prefix ending with '/').</summary>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    public static string Validate(string key, bool allowTrailingSlash = false)
    {
        var body = allowTrailingSlash && key.EndsWith('/') ? key[..^1] : key;
        if (body.Length == 0 && allowTrailingSlash)
        {
            return key;
        }

        _ = Combine(body.Split('/'));
        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,199}$")]
    private static partial Regex Segment();
}
