using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>
/// A small proactive channel that posts each card to the Bot Connector emulator's <c>/v3/conversations/a:{id}/activities</c>
/// (the conversation ids the emulator makes for people). The Teams channel of the AspNetCore package caps itself at the
/// service's 50 requests/s, which would make a 10,000-recipient fan-out take minutes; this one lets the emulator's
/// generous limit decide. It is deliberately not idempotent: every duplicate the outbox sent shows in the emulator.
/// </summary>
internal sealed class ConnectorChannel(HttpClient http, string token, string name = ConnectorChannel.DefaultName) : IDeliveryChannel
{
    public const string DefaultName = "connector";

    private int _sent;

    public string Name => name;

    /// <summary>Cards this channel object (one host instance) posted.</summary>
    public int Sent => Volatile.Read(ref _sent);

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = request.Card.ToJsonObject(),
            }),
            ["channelData"] = new JsonObject { ["deliveryId"] = request.DeliveryId },
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, $"v3/conversations/a:{request.Recipient.Id}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(message, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _sent);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return DeliveryResult.Sent((string?)body?["id"]);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => DeliveryResult.Blocked($"403 from the connector"),
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => DeliveryResult.Transient($"{status} from the connector", response.Headers.RetryAfter?.Delta),
            _ when status >= 500 => DeliveryResult.Transient($"{status} from the connector"),
            _ => DeliveryResult.Failed($"{status} from the connector"),
        };
    }
}
