using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Scheduling;

/// <summary>The durable scheduler on <see cref="IStateStore"/>; <see cref="SchedulerProcessor"/> runs the jobs.</summary>
internal sealed partial class StateStoreScheduler(IStateStore store, TimeProvider time, ILogger<StateStoreScheduler> logger) : IScheduler
{
    public async Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Kind, nameof(job));
        var key = SchedulerKeys.Job(job.Id);
        var document = new ScheduledJobDocument
        {
            Id = job.Id,
            Kind = job.Kind,
            DueAt = job.DueAt,
            Data = job.Data,
            ScheduledAt = time.GetUtcNow(),
        };

        // Unconditional: scheduling again moves the job and resets its attempts. A processor running the old
        // version finishes with ETag-conditioned writes, so it cannot delete or overwrite this one.
        await store.PutAsync(key, document, WriteCondition.None, cancellationToken).ConfigureAwait(false);
        LogScheduled(logger, job.Id, job.Kind, job.DueAt);
    }

    public async Task<bool> CancelAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        var deleted = await store.DeleteAsync(SchedulerKeys.Job(jobId), WriteCondition.None, cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            LogCancelled(logger, jobId);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {JobId} ({Kind}) scheduled for {DueAt}")]
    private static partial void LogScheduled(ILogger logger, string jobId, string kind, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {JobId} cancelled")]
    private static partial void LogCancelled(ILogger logger, string jobId);
}
