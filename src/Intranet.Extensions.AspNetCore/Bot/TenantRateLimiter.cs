using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Keeps outbound Bot Connector requests of each tenant under the documented 50 per second: a request waits
/// until fewer than the limit were started in the last second (a sliding log, so no second-long window, however
/// placed, ever holds more). Each retry passes through it again.
/// </summary>
internal sealed class TenantRateLimiter(IOptions<BotOptions> options, TimeProvider time)
{
    // A little slack over one second absorbs the jitter between our clock and the service's.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private readonly Dictionary<string, Queue<long>> _logs = new(StringComparer.Ordinal);

    public async Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var limit = options.Value.RequestsPerSecondPerTenant;
        while (true)
        {
            TimeSpan wait;
            lock (_logs)
            {
                if (!_logs.TryGetValue(tenantId, out var log))
                {
                    _logs[tenantId] = log = new Queue<long>(limit);
                }

                var now = time.GetTimestamp();
                while (log.Count > 0 && time.GetElapsedTime(log.Peek(), now) >= Window)
                {
                    log.Dequeue();
                }

                if (log.Count < limit)
                {
                    log.Enqueue(now);
                    return;
                }

                wait = Window - time.GetElapsedTime(log.Peek(), now);
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Applies <see cref="TenantRateLimiter"/> to each outbound attempt.</summary>
internal sealed class TenantRateLimitHandler(TenantRateLimiter limiter, IOptions<BotOptions> options) : DelegatingHandler
{
    /// <summary>The request option naming the tenant a request is for.</summary>
    public static readonly HttpRequestOptionsKey<string> Tenant = new("Intranet.Bot.Tenant");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tenant = request.Options.TryGetValue(Tenant, out var t) ? t : options.Value.TenantId;
        await limiter.WaitAsync(tenant, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
