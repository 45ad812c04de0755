namespace Intranet.Extensions.Testing.Emulators;

/// <summary>
/// Allows at most N requests per second per key (a tenant, an app id, a conversation), like the throttling of the
/// real services; past the limit it tells how long to wait. Fixed one-second windows, thread-safe.
/// </summary>
public sealed class RequestRateLimit
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="RequestRateLimit"/> class.</summary>
    /// <param name="requestsPerSecond">Requests allowed per key in each second.</param>
    /// <param name="timeProvider">The clock; a fake one makes tests deterministic. Defaults to the system clock.</param>
    public RequestRateLimit(int requestsPerSecond, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        RequestsPerSecond = requestsPerSecond;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the number of requests allowed per key in each second.</summary>
    public int RequestsPerSecond { get; }

    /// <summary>Counts one request for <paramref name="key"/> if the key is under its limit.</summary>
    /// <param name="key">What the limit applies to.</param>
    /// <param name="retryAfter">When refused, how long until the key's window ends; otherwise zero.</param>
    /// <returns><see langword="true"/> when the request may proceed.</returns>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        lock (_windows)
        {
            if (!_windows.TryGetValue(key, out var window) || now - window.Start >= Window)
            {
                window = (now, 0);
            }

            if (window.Count >= RequestsPerSecond)
            {
                retryAfter = window.Start + Window - now;
                return false;
            }

            _windows[key] = (window.Start, window.Count + 1);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}
