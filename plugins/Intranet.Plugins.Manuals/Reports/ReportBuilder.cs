using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Reports;

/// <summary>
/// Counts confirmations of a version against the readers it was delivered to. A confirmation counts when it is
/// of a version from the version's baseline on (so a confirmation of v1 counts for a minor v2, never for a
/// major v3), and readers are grouped by the unit they belonged to at publishing.
/// </summary>
internal sealed class ReportBuilder(ManualRepository repository, TimeProvider time)
{
    public async Task<ManualReport> BuildAsync(ManualVersion version, CancellationToken cancellationToken)
    {
        var readers = await repository.GetReadersAsync(version, cancellationToken).ConfigureAwait(false);
        var latest = await repository.GetLatestAsync(version.ManualId, cancellationToken).ConfigureAwait(false) ?? version;

        // The most recent counting confirmation per person.
        var counting = new Dictionary<string, Acknowledgement>(StringComparer.Ordinal);
        for (var v = version.AcknowledgementBaseline; v <= latest.Number; v++)
        {
            foreach (var ack in await repository.GetAcknowledgementsAsync(version.ManualId, v, cancellationToken).ConfigureAwait(false))
            {
                counting[ack.PersonId] = ack;
            }
        }

        var statuses = readers
            .Select(r => new ReaderStatus(r, counting.GetValueOrDefault(r.Id)))
            .OrderBy(s => s.Reader.Unit ?? "", StringComparer.Ordinal)
            .ThenBy(s => s.Reader.DisplayName, StringComparer.Ordinal)
            .ThenBy(s => s.Reader.Id, StringComparer.Ordinal)
            .ToList();
        var units = statuses
            .GroupBy(s => s.Reader.Unit ?? "", StringComparer.Ordinal)
            .Select(g => new UnitReport(g.Key, g.Count(), g.Count(s => s.HasAcknowledged), [.. g.Where(s => !s.HasAcknowledged).Select(s => s.Reader)]))
            .ToList();
        return new ManualReport(version.ManualId, version.Number, version.Manual.Title, version.DueDate, time.GetUtcNow(), units, statuses);
    }
}
