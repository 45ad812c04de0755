using System.Globalization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Reports;

/// <summary>A CSV file of the report, stored and linked.</summary>
/// <param name="Name">summary, participants or feedback.</param>
/// <param name="Link">Where to open it.</param>
internal sealed record ExportLink(string Name, Uri Link);

/// <summary>Writes the report's CSV files to the document store, where organisers open them from their card.</summary>
internal sealed class ExportService(IDocumentStore documents, IDocumentLinks links, IOrganizationContext organization)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Names = ["summary", "participants", "feedback"];

    public static byte[] Render(string name, HopeDayReport report, CultureInfo culture, TimeZoneInfo zone) => name switch
    {
        "summary" => CsvExport.Summary(report, culture, zone),
        "participants" => CsvExport.Participants(report, culture, zone),
        "feedback" => CsvExport.Feedback(report, culture),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown export."),
    };

    public async Task<IReadOnlyList<ExportLink>> PublishAsync(HopeDayReport report, CultureInfo culture, CancellationToken cancellationToken)
    {
        var result = new List<ExportLink>();
        foreach (var name in Names)
        {
            var path = HopeDayKeys.Export(report.RoundId, $"{name}.{culture.Name}.csv");
            using var content = new MemoryStream(Render(name, report, culture, organization.TimeZone));

            // Each export replaces the last: the files are a snapshot of the report, not a history.
            await documents.PutAsync(path, content, ContentType, WriteCondition.None, cancellationToken).ConfigureAwait(false);
            result.Add(new ExportLink(name, links.GetLink(path)));
        }

        return result;
    }
}
