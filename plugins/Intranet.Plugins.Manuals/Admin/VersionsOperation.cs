using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Library;
using static Intranet.Plugins.Manuals.Admin.ManualsAdminErrors;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary><c>GET /admin/api/manuals/versions?manualId=</c>: every published version, oldest first, and whether a draft exists.</summary>
internal sealed class VersionsOperation(IManualLibrary library) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (ManualsAdminInput.ManualId(request, out var manualId) is { } badId)
        {
            return badId;
        }

        var versions = await library.GetVersionsAsync(manualId, cancellationToken).ConfigureAwait(false);
        var draft = await library.GetDraftAsync(manualId, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0 && draft is null)
        {
            return From(new ManualsException(ManualsErrors.UnknownManual), request.Culture);
        }

        return AdminResult.Json(new JsonObject
        {
            ["manualId"] = manualId,
            ["hasDraft"] = draft is not null,
            ["versions"] = new JsonArray([.. versions.Select(ManualsAdminJson.Version)]),
        });
    }
}
