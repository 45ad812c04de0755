namespace Intranet.Extensions.Graph.Throttling;

/// <summary>
/// Lets at most <c>limit</c> calls start in any <c>window</c> (a sliding log), so documented service limits
/// (30 mails a minute per mailbox, 5 activity notifications a second per tenant) are kept on our side.
/// </summary>
internal sealed class SlidingLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<long> _log = new();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_log)
            {
                var now = time.GetTimestamp();
                while (_log.Count > 0 && time.GetElapsedTime(_log.Peek(), now) >= window)
                {
                    _log.Dequeue();
                }

                if (_log.Count < limit)
                {
                    _log.Enqueue(now);
                    return;
                }

                wait = window - time.GetElapsedTime(_log.Peek(), now);
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
