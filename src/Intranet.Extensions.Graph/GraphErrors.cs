using Intranet.Extensions.Delivery;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Intranet.Extensions.Graph;

/// <summary>Maps Graph failures (after the SDK's own retries) to delivery results.</summary>
internal static class GraphErrors
{
    public static DeliveryResult ToDelivery(ApiException e, string what)
    {
        var code = e is ODataError odata ? odata.Error?.Code : null;
        var reason = $"Graph {what}: {e.ResponseStatusCode} {code} {(e as ODataError)?.Error?.Message ?? e.Message}".Trim();
        var retryAfter = e.ResponseHeaders.TryGetValue("Retry-After", out var values) && values.FirstOrDefault() is { } value
            && int.TryParse(value, out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        // The SDK's retry handler already waited out 429/503 a few times; what is left is retried by the outbox.
        return e.ResponseStatusCode is 429 or 408 or >= 500
            ? DeliveryResult.Transient(reason, retryAfter)
            : DeliveryResult.Failed(reason);
    }

    /// <summary>The SDK's retry handler gave up (it throws an <see cref="AggregateException"/> after its last 429/503).</summary>
    public static DeliveryResult RetriesExhausted(AggregateException e, string what) =>
        DeliveryResult.Transient($"Graph {what}: throttled (429/503) beyond the SDK's retries: {e.InnerExceptions.LastOrDefault()?.Message ?? e.Message}");
}
