using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>Applies a <see cref="RequestRateLimit"/> to emulator endpoints.</summary>
public static class RateLimitEndpointExtensions
{
    /// <summary>
    /// Answers 429 with a <c>Retry-After</c> header (whole seconds, at least 1) once the key chosen by
    /// <paramref name="keySelector"/> is over <paramref name="limit"/>.
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The endpoints to limit.</param>
    /// <param name="limit">The shared limit; one instance may span several endpoints.</param>
    /// <param name="keySelector">Picks the key of a request, for example a tenant from the route.</param>
    /// <param name="rejected">
    /// Writes the 429 body in the emulated service's error format after the status and header are set;
    /// <see langword="null"/> leaves the body empty.
    /// </param>
    /// <returns>The builder.</returns>
    public static TBuilder RequireRequestRateLimit<TBuilder>(
        this TBuilder builder,
        RequestRateLimit limit,
        Func<HttpContext, string> keySelector,
        Func<HttpContext, TimeSpan, Task>? rejected = null)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(keySelector);
        return builder.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            if (limit.TryAcquire(keySelector(context), out var retryAfter))
            {
                return await next(invocation);
            }

            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            if (rejected is not null)
            {
                await rejected(context, retryAfter);
            }

            return Results.Empty;
        });
    }
}
