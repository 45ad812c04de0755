using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Scheduling;

/// <summary>Runs <see cref="SchedulerProcessor.RunDueAsync"/> every <see cref="SchedulerOptions.PollInterval"/>.</summary>
internal sealed class SchedulerWorker(
    SchedulerProcessor processor, IOptions<IntranetOptions> options, TimeProvider time, ILogger<SchedulerWorker> logger)
    : PassWorker(time, logger)
{
    protected override string Name => "Scheduler";

    protected override (bool Enabled, TimeSpan PollInterval) Schedule => (options.Value.Scheduler.RunWorker, options.Value.Scheduler.PollInterval);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => processor.RunDueAsync(cancellationToken);
}
