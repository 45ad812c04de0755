using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intranet.Extensions.Admin;
using Intranet.Plugins.IdeaBoard.Campaigns;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Admin;

/// <summary>
/// The idea board's admin surface (<c>/admin/api/ideaboard/…</c>), a thin layer over <see cref="IIdeaBoard"/>:
/// publisher mistakes come back as 400/404/409 with the message in the caller's language.
/// </summary>
internal static class AdminOperations
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<AdminResult> RunAsync(AdminRequest request, Func<Task<AdminResult>> operation)
    {
        try
        {
            return await operation();
        }
        catch (IdeaBoardException e)
        {
            var status = e.Code switch { "CampaignNotFound" => 404, "CampaignExists" => 409, _ => 400 };
            return AdminResult.Error(status, e.Code, e.GetMessage(request.Culture));
        }
    }

    public static AdminResult Missing(AdminRequest request, string name) =>
        AdminResult.Error(400, "InvalidRequest", F("error.InvalidRequest", request.Culture, name));

    public static JsonNode ToJson(CampaignInfo info) => JsonSerializer.SerializeToNode(info, Json)!;

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}

/// <summary><c>/admin/api/ideaboard/campaigns</c>: every campaign with its window, phase and number of ideas.</summary>
internal sealed class ListCampaignsOperation(IIdeaBoard board) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default) =>
        AdminResult.Json(new JsonArray([.. (await board.ListCampaignsAsync(cancellationToken)).Select(AdminOperations.ToJson)]));
}

/// <summary>
/// <c>/admin/api/ideaboard/create</c>: the body is a <see cref="CampaignDefinition"/> in JSON (camelCase; times as
/// wall-clock <c>2026-03-02T09:00</c> in the organisation's time zone; kind <c>ideas</c> or <c>unnecessaryWork</c>).
/// </summary>
internal sealed class CreateCampaignOperation(IIdeaBoard board) : IAdminOperation
{
    public Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default) =>
        AdminOperations.RunAsync(request, async () =>
        {
            CampaignDefinition? definition;
            try
            {
                definition = request.Body.Deserialize<CampaignDefinition>(AdminOperations.Json);
            }
            catch (JsonException e)
            {
                return AdminResult.Error(400, "InvalidRequest", F("error.InvalidRequest", request.Culture, e.Path ?? "body"));
            }

            return definition is null
                ? AdminOperations.Missing(request, "body")
                : AdminResult.Json(AdminOperations.ToJson(await board.CreateCampaignAsync(definition, cancellationToken)));
        });
}

/// <summary><c>/admin/api/ideaboard/open?campaignId=…[&amp;closesAt=2026-03-20T18:00]</c>: opens (or reopens) now.</summary>
internal sealed class OpenCampaignOperation(IIdeaBoard board) : IAdminOperation
{
    public Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default) =>
        AdminOperations.RunAsync(request, async () =>
        {
            if (request.GetString("campaignId") is not { } campaignId)
            {
                return AdminOperations.Missing(request, "campaignId");
            }

            DateTime? closesAt = null;
            if (request.GetString("closesAt") is { } text)
            {
                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return AdminOperations.Missing(request, "closesAt");
                }

                closesAt = parsed;
            }

            return AdminResult.Json(AdminOperations.ToJson(await board.OpenAsync(campaignId, closesAt, cancellationToken)));
        });
}

/// <summary><c>/admin/api/ideaboard/close?campaignId=…</c>: closes now; the audience gets the digest.</summary>
internal sealed class CloseCampaignOperation(IIdeaBoard board) : IAdminOperation
{
    public Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default) =>
        AdminOperations.RunAsync(request, async () => request.GetString("campaignId") is { } campaignId
            ? AdminResult.Json(AdminOperations.ToJson(await board.CloseAsync(campaignId, cancellationToken)))
            : AdminOperations.Missing(request, "campaignId"));
}

/// <summary><c>/admin/api/ideaboard/export?campaignId=…&amp;file=ideas|votes|decisions</c>: one CSV (UTF-8 with BOM).</summary>
internal sealed class ExportCampaignOperation(IIdeaBoard board) : IAdminOperation
{
    public Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default) =>
        AdminOperations.RunAsync(request, async () =>
        {
            if (request.GetString("campaignId") is not { } campaignId)
            {
                return AdminOperations.Missing(request, "campaignId");
            }

            if (!Enum.TryParse<IdeaBoardExport>(request.GetString("file") ?? "ideas", ignoreCase: true, out var file) || !Enum.IsDefined(file))
            {
                return AdminOperations.Missing(request, "file");
            }

            var csv = await board.ExportCsvAsync(campaignId, file, cancellationToken);
            return AdminResult.File(csv, "text/csv; charset=utf-8", $"{campaignId}-{file.ToString().ToLowerInvariant()}.csv");
        });
}
