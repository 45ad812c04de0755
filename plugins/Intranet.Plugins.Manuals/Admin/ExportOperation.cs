using Intranet.Extensions.Admin;
using Intranet.Extensions.Localization;
using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// <c>GET /admin/api/manuals/export?manualId=&amp;version=&amp;lang=</c>: the confirmation report as a CSV file for
/// Excel (UTF-8 with BOM), headers in the caller's language unless <c>lang</c> names another.
/// </summary>
internal sealed class ExportOperation(IManualLibrary library) : IAdminOperation
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
            // The download name carries the version, so the latest is resolved here rather than inside the export.
            var number = version ?? (await library.GetVersionsAsync(manualId, cancellationToken).ConfigureAwait(false)).LastOrDefault()?.Number
                ?? throw new ManualsException(ManualsErrors.UnknownManual);
            var culture = IntranetCultures.Resolve(request.GetString("lang"), request.Culture);
            var csv = await library.ExportCsvAsync(manualId, number, culture, cancellationToken).ConfigureAwait(false);
            return AdminResult.File(csv, "text/csv; charset=utf-8", $"{manualId}-v{number}-acknowledgements.csv");
        }
        catch (ManualsException e)
        {
            return ManualsAdminErrors.From(e, request.Culture);
        }
    }
}
