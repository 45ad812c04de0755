using Intranet.Extensions.Hosting;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>When to try a delivery again after a passing failure: the runtime outbox's rule.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// <see cref="OutboxOptions.FirstRetryDelay"/> doubled per attempt, capped at <see cref="OutboxOptions.MaxRetryDelay"/>,
    /// with equal jitter so throttled workers do not retry in step; never less than the channel's <c>Retry-After</c>.
    /// </summary>
    public static TimeSpan After(int attempts, TimeSpan? retryAfter, OutboxOptions options, double jitter)
    {
        var exponential = options.FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var capped = exponential > options.MaxRetryDelay ? options.MaxRetryDelay : exponential;
        var jittered = capped * (0.5 + (0.5 * jitter));
        return retryAfter is { } wait && wait > jittered ? wait : jittered;
    }
}
