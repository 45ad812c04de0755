using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;
using static Intranet.Plugins.Manuals.Admin.ManualsAdminErrors;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// <c>POST /admin/api/manuals/publish</c> with <c>{ manualId, isMajor?, requestId? }</c>: publishes the draft as the
/// next version for the caller and answers its number and what changed. The same <c>requestId</c> resumes
/// instead of publishing twice, so a client may retry.
/// </summary>
internal sealed partial class PublishOperation(IManualLibrary library) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (ManualsAdminInput.OnlyFields(request, "manualId", "isMajor", "requestId") is { } unknown)
        {
            return unknown;
        }

        if (ManualsAdminInput.ManualId(request, out var manualId) is { } badId)
        {
            return badId;
        }

        if (ManualsAdminInput.Boolean(request, "isMajor", out var isMajor) is { } badMajor)
        {
            return badMajor;
        }

        var requestId = request.GetString("requestId");
        if ((request.Body["requestId"] is not null && requestId is null) || (requestId is not null && !RequestId().IsMatch(requestId)))
        {
            return Error(400, InvalidField, request.Culture, "requestId");
        }

        var publish = new PublishRequest { PublisherId = request.Caller.Id, IsMajor = isMajor ?? true };
        try
        {
            var version = await library.PublishAsync(manualId, requestId is null ? publish : publish with { RequestId = requestId }, cancellationToken)
                .ConfigureAwait(false);
            return AdminResult.Json(ManualsAdminJson.Version(version));
        }
        catch (ManualsException e)
        {
            return From(e, request.Culture);
        }
    }

    // The library's rule for request ids (they become store keys).
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex RequestId();
}
