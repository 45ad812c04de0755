using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// The Bot Connector REST calls the bot makes (<c>/v3/conversations</c>): open a 1:1 chat, send, update and
/// reply. Retries, the tenant limiter and the token live in the HTTP client's handlers.
/// </summary>
internal sealed class BotConnectorClient(IHttpClientFactory httpClients, TimeProvider time)
{
    public Task<ConnectorResult> CreateConversationAsync(
        string serviceUrl, string tenantId, string botId, string memberId, string userObjectId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = memberId, ["aadObjectId"] = userObjectId }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
        };
        return SendAsync(HttpMethod.Post, Address(serviceUrl, "v3/conversations"), tenantId, body, cancellationToken);
    }

    public Task<ConnectorResult> SendAsync(string serviceUrl, string tenantId, string conversationId, JsonObject activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Address(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), tenantId, activity, cancellationToken);

    public Task<ConnectorResult> ReplyAsync(
        string serviceUrl, string tenantId, string conversationId, string replyToId, JsonObject activity, CancellationToken cancellationToken) =>
        SendAsync(
            HttpMethod.Post,
            Address(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}"),
            tenantId, activity, cancellationToken);

    public Task<ConnectorResult> UpdateAsync(
        string serviceUrl, string tenantId, string conversationId, string activityId, JsonObject activity, CancellationToken cancellationToken)
    {
        activity["id"] = activityId;
        return SendAsync(
            HttpMethod.Put,
            Address(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"),
            tenantId, activity, cancellationToken);
    }

    /// <summary>A message activity carrying <paramref name="card"/> as its one attachment.</summary>
    public static JsonObject CardActivity(AdaptiveCard card) => new()
    {
        ["type"] = "message",
        ["summary"] = card.FallbackText,
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = card.ToJsonObject(),
        }),
    };

    private async Task<ConnectorResult> SendAsync(HttpMethod method, Uri address, string tenantId, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, address) { Content = JsonContent.Create(body) };
        request.Options.Set(TenantRateLimitHandler.Tenant, tenantId);
        using var response = await httpClients.CreateClient(BotHttpClients.Connector).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? json = null;
        try
        {
            json = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        }
        catch (JsonException)
        {
            // Error bodies are not always JSON; the status and text still say enough.
        }

        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null)
            : null;
        return new ConnectorResult(response.StatusCode, json, text, retryAfter);
    }

    private static Uri Address(string serviceUrl, string path) =>
        new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
}

/// <summary>A Bot Connector answer.</summary>
internal sealed record ConnectorResult(HttpStatusCode Status, JsonObject? Json, string Text, TimeSpan? RetryAfter)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The id in the answer (<c>{"id": …}</c> of a conversation or an activity).</summary>
    public string? Id => Json?["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    /// <summary>403 because the person blocked or removed the bot: never retried.</summary>
    public bool IsBlocked => Status == HttpStatusCode.Forbidden &&
        (Text.Contains("MessageWritesBlocked", StringComparison.Ordinal) ||
         Text.Contains("BotDisabledByUser", StringComparison.Ordinal) ||
         Text.Contains("ConversationBlockedByUser", StringComparison.Ordinal));

    /// <summary>Worth trying again later (after the handler's own retries ran out).</summary>
    public bool IsTransient => (int)Status is 408 or 412 or 429 or >= 500;

    public string Describe() => $"{(int)Status} {Status}: {(Text.Length > 300 ? Text[..300] : Text)}";
}
