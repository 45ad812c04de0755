using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Library;
using static Intranet.Plugins.Manuals.Admin.ManualsAdminErrors;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// <c>POST /admin/api/manuals/attach?manualId=</c> with one file (multipart): adds a PDF, DOCX or HWP file to the
/// draft. The library checks type, content and size: a wrong type answers 400, a file over the limit 413.
/// </summary>
internal sealed class AttachOperation(IManualLibrary library) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (ManualsAdminInput.ManualId(request, out var manualId) is { } badId)
        {
            return badId;
        }

        if (request.Files.Count != 1)
        {
            return Error(400, OneFile, request.Culture);
        }

        var file = request.Files[0];
        try
        {
            using var content = new MemoryStream(file.Content.ToArray(), writable: false);
            var attachment = await library.AddAttachmentAsync(manualId, file.FileName, file.ContentType, content, cancellationToken).ConfigureAwait(false);
            return AdminResult.Json(new JsonObject
            {
                ["manualId"] = manualId,
                ["name"] = attachment.Name,
                ["path"] = attachment.Path,
                ["contentType"] = attachment.ContentType,
                ["length"] = attachment.Length,
            });
        }
        catch (ManualsException e)
        {
            return From(e, request.Culture);
        }
    }
}
