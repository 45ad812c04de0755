using System.Collections.Concurrent;
using Intranet.Extensions.Scheduling;

namespace Intranet.Extensions.Tests.Scheduling;

/// <summary>Shared by every host of a test: records the jobs handlers ran and scripts what they do.</summary>
internal sealed class JobRuns
{
    private readonly ConcurrentQueue<ScheduledJob> _runs = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>What a run does after it is recorded; nothing by default.</summary>
    public Func<ScheduledJob, CancellationToken, Task> Behaviour { get; set; } = static (_, _) => Task.CompletedTask;

    public IReadOnlyList<ScheduledJob> Runs => [.. _runs];

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        _runs.Enqueue(job);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.Count <= _runs.Count))
            {
                waiter.Done.TrySetResult();
            }
        }

        await Behaviour(job, cancellationToken);
    }

    /// <summary>Completes once <paramref name="count"/> runs have started.</summary>
    public Task WaitForRunsAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_runs.Count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, done));
        }

        return done.Task.WaitAsync(Outbox.TestGuard.Timeout);
    }
}
