using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Testing.Hosting;

/// <summary>Every stored document and file with its ETag: equal snapshots before and after prove nothing changed.</summary>
public static class StoreSnapshot
{
    /// <summary>Takes the snapshot of a host's state and document stores.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(IServiceProvider services)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entry in services.GetRequiredService<IStateStore>().ListAsync(""))
        {
            snapshot["state:" + entry.Key] = entry.ETag.Value;
        }

        await foreach (var file in services.GetRequiredService<IDocumentStore>().ListAsync(""))
        {
            snapshot["file:" + file.Path] = file.ETag.Value;
        }

        return snapshot;
    }
}
