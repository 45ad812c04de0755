using System.Collections.Concurrent;
using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Tests.Outbox;

/// <summary>A channel that records every request and answers as the test scripts it (Sent by default).</summary>
internal sealed class ScriptedChannel(string name) : IDeliveryChannel
{
    private readonly ConcurrentQueue<DeliveryRequest> _requests = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _calls;
    private int _completed;

    public string Name => name;

    /// <summary>The answer to a request; the int is the 1-based number of the call.</summary>
    public Func<DeliveryRequest, int, CancellationToken, Task<DeliveryResult>> Behaviour { get; set; } =
        static (request, _, _) => Task.FromResult(DeliveryResult.Sent($"ext-{request.DeliveryId}"));

    public IReadOnlyList<DeliveryRequest> Requests => [.. _requests];

    public int CallsTo(string recipientId) => _requests.Count(r => r.Recipient.Id == recipientId);

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        var call = Interlocked.Increment(ref _calls);
        try
        {
            return await Behaviour(request, call, cancellationToken);
        }
        finally
        {
            var completed = Interlocked.Increment(ref _completed);
            lock (_gate)
            {
                foreach (var waiter in _waiters.Where(w => w.Count <= completed))
                {
                    waiter.Done.TrySetResult();
                }
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> calls have returned (or thrown).</summary>
    public Task WaitForCallsAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Volatile.Read(ref _completed) >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, done));
        }

        return done.Task.WaitAsync(TestGuard.Timeout);
    }
}
