using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Library;
using static Intranet.Plugins.Manuals.Admin.ManualsAdminErrors;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// <c>POST /admin/api/manuals/import</c>: a manual's draft from uploaded Markdown files (one manual, read in name
/// order), one uploaded <c>.json</c> file, or a JSON body in the import format. <c>?dryRun=true</c> only checks.
/// Import errors answer 400 <c>InvalidManual</c> with one line per error: <c>file:line: message</c>.
/// </summary>
internal sealed class ImportOperation(IManualLibrary library) : IAdminOperation
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        var culture = request.Culture;
        if (ManualsAdminInput.Boolean(request, "dryRun", out var dryRun) is { } badFlag)
        {
            return badFlag;
        }

        ManualImportResult result;
        if (request.Files.Count > 0)
        {
            var files = new List<ManualSourceFile>();
            foreach (var file in request.Files)
            {
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                var extension = Path.GetExtension(name).ToLowerInvariant();
                if (extension is not (".md" or ".json") || (extension == ".json" && request.Files.Count > 1))
                {
                    return Error(400, UnsupportedFile, culture, name);
                }

                try
                {
                    files.Add(new ManualSourceFile(name, StrictUtf8.GetString(WithoutBom(file.Content.Span))));
                }
                catch (DecoderFallbackException)
                {
                    return Error(400, NotUtf8, culture, name);
                }
            }

            var isJson = files[0].Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            result = (isJson, dryRun == true) switch
            {
                (true, true) => library.ParseJson(files[0]),
                (true, false) => await library.ImportJsonAsync(files[0], cancellationToken).ConfigureAwait(false),
                (false, true) => library.ParseMarkdown(files),
                (false, false) => await library.ImportMarkdownAsync(files, cancellationToken).ConfigureAwait(false),
            };
        }
        else if (request.Body.Count > 0)
        {
            // The host hands over parsed JSON; written out indented, error lines count in that layout.
            var file = new ManualSourceFile("body.json", request.Body.ToJsonString(Indented));
            result = dryRun == true ? library.ParseJson(file) : await library.ImportJsonAsync(file, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return Error(400, NothingToImport, culture);
        }

        if (!result.Succeeded)
        {
            var lines = result.Errors.Select(e => e.GetMessage(culture)).Prepend(ManualsPlugin.Descriptor.Texts.Get("error." + ManualsErrors.InvalidManual, culture));
            return AdminResult.Error(400, ManualsErrors.InvalidManual, string.Join('\n', lines));
        }

        var manual = result.Manual!;
        return AdminResult.Json(new JsonObject
        {
            ["manualId"] = manual.Id,
            ["title"] = manual.Title,
            ["areas"] = manual.Areas.Count,
            ["tasks"] = manual.TaskCount,
            ["attachments"] = manual.Attachments.Count,
            ["stored"] = dryRun != true,
        });
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
}
