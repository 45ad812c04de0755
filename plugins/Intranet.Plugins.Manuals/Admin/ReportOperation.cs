using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// <c>GET /admin/api/manuals/report?manualId=&amp;version=</c>: the confirmation rate per unit and who has not
/// confirmed, for a version (the latest when none is given).
/// </summary>
internal sealed class ReportOperation(IManualLibrary library) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (ManualsAdminInput.ManualId(request, out var manualId) is { } badId)
        {
            return badId;
        }

        if (ManualsAdminInput.Version(request, out var version) is { } badVersion)
        {
            return badVersion;
        }

        try
        {
            return AdminResult.Json(ManualsAdminJson.Report(await library.GetReportAsync(manualId, version, cancellationToken).ConfigureAwait(false)));
        }
        catch (ManualsException e)
        {
            return ManualsAdminErrors.From(e, request.Culture);
        }
    }
}
