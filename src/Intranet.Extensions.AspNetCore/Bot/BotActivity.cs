using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>The parts of a Bot Framework activity the endpoint reads; the raw JSON stays available.</summary>
internal sealed class BotActivity
{
    private BotActivity(JsonObject json) => Json = json;

    public JsonObject Json { get; }

    public string? Type => Text("type");

    public string? Name => Text("name");

    public string? Id => Text("id");

    public string? ServiceUrl => Text("serviceUrl");

    public string? ChannelId => Text("channelId");

    public string? ReplyToId => Text("replyToId");

    public string? Action => Text("action");

    public string? ConversationId => Text(Json["conversation"], "id");

    public string? ConversationType => Text(Json["conversation"], "conversationType");

    /// <summary>The tenant from <c>channelData.tenant.id</c> (Teams) or <c>conversation.tenantId</c>.</summary>
    public string? TenantId => Text(Json["channelData"]?["tenant"], "id") ?? Text(Json["conversation"], "tenantId");

    public string? FromId => Text(Json["from"], "id");

    public string? FromAadObjectId => Text(Json["from"], "aadObjectId");

    public string? FromName => Text(Json["from"], "name");

    public string? RecipientId => Text(Json["recipient"], "id");

    public string? Locale => Text("locale");

    public JsonNode? Value => Json["value"];

    /// <summary>Parses an activity; <see langword="null"/> when the body is not a JSON object.</summary>
    public static BotActivity? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject json ? new BotActivity(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The ids of a member list such as <c>membersAdded</c>, with their Entra object ids.</summary>
    public IEnumerable<(string? Id, string? AadObjectId)> Members(string property) =>
        Json[property] is JsonArray members
            ? members.OfType<JsonObject>().Select(m => (Text(m, "id"), Text(m, "aadObjectId")))
            : [];

    private string? Text(string property) => Text(Json, property);

    private static string? Text(JsonNode? node, string property) =>
        node is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
