using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Localization;
using Intranet.Plugins.HopeDay.Reports;
using static Intranet.Plugins.HopeDay.Admin.HopeDayAdmin;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// <c>GET /admin/api/hopeday/export?roundId=&amp;kind=&amp;lang=</c>: one CSV file of the report (UTF-8 with BOM):
/// <c>summary</c> (the default), <c>participants</c> or <c>feedback</c>; headers in the caller's language unless
/// <c>lang</c> names another.
/// </summary>
internal sealed class ExportOperation(IHopeDay hopeDay) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (RoundId(request, out var roundId) is { } refusal)
        {
            return refusal;
        }

        var kind = request.GetString("kind") ?? "summary";
        if (!ExportService.Names.Contains(kind, StringComparer.Ordinal))
        {
            return Error(400, UnknownExport, request.Culture, kind);
        }

        try
        {
            var language = IntranetCultures.Resolve(request.GetString("lang"), request.Culture).Name;
            var csv = await hopeDay.ExportCsvAsync(roundId, kind, language, cancellationToken).ConfigureAwait(false);
            return AdminResult.File(csv, ExportService.ContentType, $"hopeday-{roundId}-{kind}.csv");
        }
        catch (CardActionException e)
        {
            return From(e, request.Culture);
        }
    }
}
