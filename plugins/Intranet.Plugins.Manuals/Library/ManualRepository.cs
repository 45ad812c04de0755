using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Library;

/// <summary>Reads and writes the plugin's documents in the state store.</summary>
internal sealed class ManualRepository(IStateStore store)
{
    public IStateStore Store => store;

    public async Task<ManualDefinition?> GetDraftAsync(string manualId, CancellationToken cancellationToken) =>
        IsValidId(manualId) ? (await store.GetAsync<ManualDefinition>(StoreKeys.Draft(manualId), cancellationToken).ConfigureAwait(false))?.Value : null;

    public async Task<ManualVersion?> GetVersionAsync(string manualId, int version, CancellationToken cancellationToken) =>
        IsValidId(manualId) && version > 0
            ? (await store.GetAsync<ManualVersion>(StoreKeys.Version(manualId, version), cancellationToken).ConfigureAwait(false))?.Value
            : null;

    public async Task<IReadOnlyList<ManualVersion>> GetVersionsAsync(string manualId, CancellationToken cancellationToken)
    {
        var versions = new List<ManualVersion>();
        if (!IsValidId(manualId))
        {
            return versions;
        }

        await foreach (var entry in store.ListAsync<ManualVersion>(StoreKeys.VersionsPrefix(manualId), cancellationToken).ConfigureAwait(false))
        {
            versions.Add(entry.Value);
        }

        return [.. versions.OrderBy(v => v.Number)];
    }

    /// <summary>The latest version number; read from the versions themselves, so it is right even if the index lags.</summary>
    public async Task<ManualVersion?> GetLatestAsync(string manualId, CancellationToken cancellationToken)
    {
        var index = IsValidId(manualId)
            ? (await store.GetAsync<ManualSummary>(StoreKeys.Index(manualId), cancellationToken).ConfigureAwait(false))?.Value
            : null;
        if (index is not null && await GetVersionAsync(manualId, index.LatestVersion + 1, cancellationToken).ConfigureAwait(false) is null)
        {
            return await GetVersionAsync(manualId, index.LatestVersion, cancellationToken).ConfigureAwait(false);
        }

        return (await GetVersionsAsync(manualId, cancellationToken).ConfigureAwait(false)).LastOrDefault();
    }

    public async Task<IReadOnlyList<ManualReader>> GetReadersAsync(ManualVersion version, CancellationToken cancellationToken) =>
        (await store.GetAsync<ReaderList>(version.ReadersKey, cancellationToken).ConfigureAwait(false))?.Value.Readers ?? [];

    /// <summary>A person's confirmations of versions <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<Acknowledgement>> GetAcknowledgementsAsync(string manualId, string personId, int from, int to, CancellationToken cancellationToken)
    {
        var found = new List<Acknowledgement>();
        for (var v = Math.Max(1, from); v <= to; v++)
        {
            if (await store.GetAsync<Acknowledgement>(StoreKeys.Acknowledgement(manualId, v, personId), cancellationToken).ConfigureAwait(false) is { } ack)
            {
                found.Add(ack.Value);
            }
        }

        return found;
    }

    /// <summary>Every confirmation of one version.</summary>
    public async Task<IReadOnlyList<Acknowledgement>> GetAcknowledgementsAsync(string manualId, int version, CancellationToken cancellationToken)
    {
        var found = new List<Acknowledgement>();
        await foreach (var entry in store.ListAsync<Acknowledgement>(StoreKeys.AcknowledgementsPrefix(manualId, version), cancellationToken).ConfigureAwait(false))
        {
            found.Add(entry.Value);
        }

        return found;
    }

    /// <summary>
    /// What <paramref name="personId"/> has confirmed of the manual, seen from <paramref name="version"/>: that
    /// version, the confirmation that covers it, and whether the latest version is covered too.
    /// </summary>
    public async Task<ReaderState> GetReaderStateAsync(ManualVersion version, string personId, CancellationToken cancellationToken)
    {
        var latest = await GetLatestAsync(version.ManualId, cancellationToken).ConfigureAwait(false) ?? version;
        var from = Math.Min(version.AcknowledgementBaseline, latest.AcknowledgementBaseline);
        var acks = await GetAcknowledgementsAsync(version.ManualId, personId, from, latest.Number, cancellationToken).ConfigureAwait(false);
        return ReaderState.From(version, latest, acks);
    }

    public static bool IsValidId(string? manualId) => Import.ManualKeys.IsValidManualId(manualId);
}

/// <summary>The readers a version was delivered to, resolved at publishing.</summary>
/// <param name="ManualId">The manual.</param>
/// <param name="Version">The version.</param>
/// <param name="Readers">The readers, by id.</param>
internal sealed record ReaderList(string ManualId, int Version, IReadOnlyList<ManualReader> Readers);

/// <summary>What one person has confirmed, seen from one version.</summary>
/// <param name="ThisVersion">Their confirmation of this very version.</param>
/// <param name="Covering">The most recent confirmation that counts for this version (this one or an allowed earlier or later one).</param>
/// <param name="Latest">The latest version number.</param>
/// <param name="LatestCovered">Whether their confirmations count for the latest version.</param>
internal sealed record ReaderState(Acknowledgement? ThisVersion, Acknowledgement? Covering, int Latest, bool LatestCovered)
{
    public static ReaderState From(ManualVersion version, ManualVersion latest, IReadOnlyList<Acknowledgement> acks) => new(
        acks.FirstOrDefault(a => a.Version == version.Number),
        acks.Where(a => a.Version >= version.AcknowledgementBaseline).OrderByDescending(a => a.Version).FirstOrDefault(),
        latest.Number,
        acks.Any(a => a.Version >= latest.AcknowledgementBaseline));
}
