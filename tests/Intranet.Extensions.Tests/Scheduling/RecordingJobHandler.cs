using Intranet.Extensions.Scheduling;

namespace Intranet.Extensions.Tests.Scheduling;

/// <summary>Records the run and does what the test scripted.</summary>
internal sealed class RecordingJobHandler(JobRuns runs) : IScheduledJobHandler
{
    public Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default) => runs.RunAsync(job, cancellationToken);
}
