namespace Intranet.Extensions.Tests.Outbox;

/// <summary>Holds callers until <paramref name="parties"/> have arrived, then lets everyone (and every later caller) through.</summary>
internal sealed class AsyncGate(int parties)
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task ArriveAndWaitAsync()
    {
        if (Interlocked.Increment(ref _arrived) >= parties)
        {
            _open.TrySetResult();
        }

        return _open.Task.WaitAsync(TestGuard.Timeout);
    }
}
