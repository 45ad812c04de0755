using System.Globalization;
using System.Text;
using Intranet.Plugins.Manuals.Content;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Search;

/// <summary>A task that matches a search.</summary>
/// <param name="Area">Its area.</param>
/// <param name="Task">The task.</param>
/// <param name="Score">Higher is better.</param>
/// <param name="Snippet">A piece of its text around the match.</param>
public sealed record TaskSearchHit(ManualArea Area, ManualTask Task, double Score, string Snippet);

/// <summary>
/// Search that works for Korean without a morphological analyser: text is normalized (NFKC, lower case, only
/// letters and digits) and each query word matches a task when it is a substring of it, or when most of its
/// character bigrams occur in it — so "민원을" still finds "민원" and "주민등록증" finds "주민등록". Title matches
/// weigh double.
/// </summary>
internal static class ManualSearch
{
    private const double Threshold = 0.5;

    public static IReadOnlyList<TaskSearchHit> Search(ManualDefinition manual, string query, int maxResults)
    {
        var terms = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(t => t.Length > 0).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var hits = new List<(TaskSearchHit Hit, int Order)>();
        var order = 0;
        foreach (var (area, task) in manual.AllTasks)
        {
            order++;
            var title = Normalize(task.Title);
            var plain = string.Join('\n', [MarkdownText.Plain(task.Body), .. task.Cautions.Select(MarkdownText.Plain), .. task.References.Select(MarkdownText.Plain)]);
            var text = Normalize(plain);
            var titleBigrams = Bigrams(title);
            var textBigrams = Bigrams(text);
            var score = terms.Sum(term => Math.Max(2 * Match(term, title, titleBigrams), Match(term, text, textBigrams))) / terms.Count;
            if (score >= Threshold)
            {
                hits.Add((new TaskSearchHit(area, task, score, Snippet(plain, query, terms)), order));
            }
        }

        return [.. hits.OrderByDescending(h => h.Hit.Score).ThenBy(h => h.Order).Take(maxResults).Select(h => h.Hit)];
    }

    /// <summary>NFKC, lower case, letters and digits only: "주민 등록" and "주민등록" compare equal.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static double Match(string term, string text, HashSet<string> textBigrams)
    {
        if (text.Contains(term, StringComparison.Ordinal))
        {
            return 1;
        }

        if (term.Length < 2)
        {
            return 0;
        }

        var bigrams = Bigrams(term);
        var shared = bigrams.Count(textBigrams.Contains);
        var ratio = (double)shared / bigrams.Count;
        return ratio >= Threshold ? ratio : 0;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            set.Add(text.Substring(i, 2));
        }

        return set;
    }

    private static string Snippet(string plain, string query, List<string> terms)
    {
        var flat = string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var at = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Concat(terms)
            .Select(word => flat.IndexOf(word, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, at - 30);
        var snippet = flat.Substring(start, Math.Min(120, flat.Length - start));
        return (start > 0 ? "…" : "") + snippet + (start + snippet.Length < flat.Length ? "…" : "");
    }
}
