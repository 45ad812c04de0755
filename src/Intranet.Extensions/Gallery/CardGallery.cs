using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Localization;

namespace Intranet.Extensions.Gallery;

/// <summary>Every card every registered plugin can emit, in every supported culture.</summary>
public sealed class CardGallery(IEnumerable<ICardSampleProvider> providers)
{
    /// <summary>All cards, named <c>{plugin}.{card}.{culture}.json</c>.</summary>
    public IEnumerable<(string FileName, AdaptiveCard Card)> RenderAll()
    {
        foreach (var sample in providers.SelectMany(p => p.GetSamples()).OrderBy(s => s.PluginId).ThenBy(s => s.Name))
        {
            foreach (var culture in IntranetCultures.Supported)
            {
                yield return (FileName(sample, culture), sample.Render(culture));
            }
        }
    }

    /// <summary>Writes every card to <paramref name="directory"/> (created when missing); returns the file paths.</summary>
    public async Task<IReadOnlyList<string>> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (fileName, card) in RenderAll())
        {
            var path = Path.Combine(directory, fileName);
            await File.WriteAllTextAsync(path, card.ToJson(indented: true), cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        return written;
    }

    private static string FileName(CardSample sample, CultureInfo culture) => $"{sample.PluginId}.{sample.Name}.{culture.Name}.json";
}
