namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>
/// Queues this process's writers of one seats document behind each other. Correctness never depends on it:
/// every write is still ETag-conditioned, so several hosts sharing a store stay exact. It only spares a popular
/// session a storm of conflicting retries when a thousand people click at once (each retry re-reads the
/// whole document), which keeps the hot path close to one read and one write per sign-up.
/// </summary>
internal sealed class SeatLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 32).Select(static _ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
