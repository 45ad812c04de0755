using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Scheduling;

/// <summary>Runs <see cref="SchedulerProcessor.RunDueAsync"/> every <see cref="SchedulerOptions.PollInterval"/>.</summary>
internal sealed partial class SchedulerWorker(
    SchedulerProcessor processor, IOptions<IntranetOptions> options, TimeProvider time, ILogger<SchedulerWorker> logger)
    : BackgroundService
{
    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here, not in ExecuteAsync (which runs on another thread): ticks from the moment the host starts count.
        var scheduler = options.Value.Scheduler;
        if (scheduler.RunWorker)
        {
            _timer = new PeriodicTimer(scheduler.PollInterval, time);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            LogDisabled(logger);
            return;
        }

        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await processor.RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The scheduler worker is off in this host (Intranet:Scheduler:RunWorker = false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduler pass failed; the next poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
