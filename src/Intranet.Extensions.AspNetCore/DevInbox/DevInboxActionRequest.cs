using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>
/// The body of <c>POST /dev/api/actions</c>:
/// <c>{ "user": id, "messageId": id, "action": { "verb": "...", "data": {...} }, "trigger": "manual" }</c>.
/// </summary>
internal sealed record DevInboxActionRequest(string User, string? MessageId, string Verb, JsonObject? Data, string Trigger)
{
    /// <summary>Reads the body; on failure returns the error code to answer with.</summary>
    public static (DevInboxActionRequest? Request, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return (null, "InvalidJson");
        }

        if (root is not JsonObject json)
        {
            return (null, "InvalidJson");
        }

        if (Text(json["user"]) is not { } user)
        {
            return (null, "MissingUser");
        }

        var action = json["action"] as JsonObject;
        if (Text(action?["verb"]) is not { } verb)
        {
            return (null, "MissingVerb");
        }

        var data = action!["data"];
        if (data is not null and not JsonObject)
        {
            return (null, "InvalidData");
        }

        var trigger = Text(json["trigger"]) == "automatic" ? "automatic" : "manual";
        return (new DevInboxActionRequest(user, Text(json["messageId"]), verb, (JsonObject?)data?.DeepClone(), trigger), null);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
