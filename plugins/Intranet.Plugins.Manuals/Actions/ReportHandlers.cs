using Intranet.Extensions.Actions;
using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Reports;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary><c>manuals.report</c>: confirmation rate per unit and who is missing (owner, publisher, owner department).</summary>
internal sealed class ReportHandler(ManualViews views, ReportBuilder reports) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var version = await views.LoadAsync(ManualActionData.From(context), cancellationToken);
        ManualViews.RequireReportAccess(version, context.Actor);
        var report = await reports.BuildAsync(version, cancellationToken);
        return CardActionResult.Update(ReportCards.Report(report, version, context.Culture));
    }
}

/// <summary><c>manuals.export</c>: writes the report as CSV (UTF-8 with BOM) to the document store and links to it.</summary>
internal sealed class ExportHandler(ManualViews views, ReportBuilder reports, Library.ManualLibrary library, IDocumentLinks links) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var version = await views.LoadAsync(ManualActionData.From(context), cancellationToken);
        ManualViews.RequireReportAccess(version, context.Actor);
        var report = await reports.BuildAsync(version, cancellationToken);
        var path = await library.StoreCsvAsync(report, context.Culture, cancellationToken);
        return CardActionResult.Update(ReportCards.Exported(version, report.Total, links.GetLink(path), context.Culture));
    }
}
