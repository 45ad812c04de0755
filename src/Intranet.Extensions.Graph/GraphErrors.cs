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
        return e.ResponseStatusCode switch
        {
            429 or 408 or >= 500 => DeliveryResult.Transient(reason, retryAfter),
            404 when what.Contains("user", StringComparison.Ordinal) => DeliveryResult.Failed(reason),
            _ => DeliveryResult.Failed(reason),
        };
    }
}
