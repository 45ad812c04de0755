using Intranet.Extensions.Hosting;

namespace Intranet.Extensions.Outbox;

/// <summary>When to try a delivery again after a passing failure.</summary>
internal static class RetryBackoff
{
    /// <summary>
    /// <see cref="OutboxOptions.FirstRetryDelay"/> doubled per attempt, capped at <see cref="OutboxOptions.MaxRetryDelay"/>,
    /// with "equal jitter" (between half and all of it) so throttled workers do not retry in step; never less than the
    /// channel's <c>Retry-After</c>.
    /// </summary>
    /// <param name="attempts">Attempts made so far (1 after the first).</param>
    /// <param name="retryAfter">The channel's requested wait, if any.</param>
    /// <param name="options">The outbox options.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, OutboxOptions options, double jitter)
    {
        // 2^20 times the largest allowed first delay still fits a TimeSpan.
        var exponential = options.FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var capped = exponential > options.MaxRetryDelay ? options.MaxRetryDelay : exponential;
        var jittered = capped * (0.5 + (0.5 * jitter));
        return retryAfter is { } wait && wait > jittered ? wait : jittered;
    }
}
