using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Extensions.Testing.Tests.Emulators;

/// <summary>An endpoint limited per tenant, answering throttled calls with a Graph-shaped error body.</summary>
internal sealed class RateLimitedEmulator(RequestRateLimit limit) : LoopbackEmulator
{
    protected override void MapEndpoints(WebApplication app) =>
        app.MapGet("/tenants/{tenant}/items", (string tenant) => $"items of {tenant}")
            .RequireRequestRateLimit(
                limit,
                context => (string)context.GetRouteValue("tenant")!,
                (context, _) => context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests" } }));
}
