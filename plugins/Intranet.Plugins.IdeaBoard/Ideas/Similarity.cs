using System.Text;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>
/// How alike two texts are: the Dice coefficient of their character bigrams. Korean has no reliable word
/// boundaries (spacing varies, particles attach to nouns), but adjacent syllables carry the meaning, so
/// "민원서류 간소화" and "민원 서류를 간소화" share most bigrams. Spaces and punctuation are ignored.
/// </summary>
internal static class Similarity
{
    public static HashSet<string> Bigrams(string? text)
    {
        var letters = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }

        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            bigrams.Add(letters.ToString(i, 2));
        }

        if (letters.Length == 1)
        {
            bigrams.Add(letters.ToString());
        }

        return bigrams;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Titles and whole texts weigh the same: a matching title alone is a strong hint, so is a matching description.</summary>
    public static double Score(string? titleA, string? textA, string? titleB, string? textB) =>
        0.5 * Dice(Bigrams(titleA), Bigrams(titleB)) + 0.5 * Dice(Bigrams(textA), Bigrams(textB));

    /// <summary>The visible ideas most like the draft, best first, from <paramref name="threshold"/> up.</summary>
    public static IReadOnlyList<SimilarIdea> Find(string? title, string? text, IEnumerable<Idea> candidates, double threshold, int max, string? exceptId = null)
    {
        var titleBigrams = Bigrams(title);
        var textBigrams = Bigrams(text);
        return [.. candidates
            .Where(i => i.IsVisible && i.Id != exceptId)
            .Select(i => new SimilarIdea(i.Id, i.Title,
                0.5 * Dice(titleBigrams, Bigrams(i.Title)) + 0.5 * Dice(textBigrams, Bigrams(i.SimilarityText))))
            .Where(s => s.Score >= threshold)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.IdeaId, StringComparer.Ordinal)
            .Take(max)];
    }
}

/// <summary>An existing idea like the one being submitted.</summary>
internal sealed record SimilarIdea(string IdeaId, string Title, double Score);
