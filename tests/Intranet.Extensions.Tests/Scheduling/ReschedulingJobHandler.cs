using Intranet.Extensions.Scheduling;

namespace Intranet.Extensions.Tests.Scheduling;

/// <summary>A daily job: schedules its own id again for the next day, the way reminders do.</summary>
internal sealed class ReschedulingJobHandler(IScheduler scheduler, JobRuns runs) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        await runs.RunAsync(job, cancellationToken);
        await scheduler.ScheduleAsync(job with { DueAt = job.DueAt.AddDays(1) }, cancellationToken);
    }
}
