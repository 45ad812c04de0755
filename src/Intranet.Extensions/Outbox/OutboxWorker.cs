using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Outbox;

/// <summary>
/// Runs <see cref="OutboxProcessor.ProcessDueAsync"/> when an enqueue in this host signals, and every
/// <see cref="OutboxOptions.PollInterval"/> for retries and for messages enqueued by other hosts.
/// </summary>
internal sealed partial class OutboxWorker(
    OutboxProcessor processor, OutboxSignal signal, IOptions<IntranetOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here, not in ExecuteAsync (which runs on another thread): ticks from the moment the host starts count.
        var outbox = options.Value.Outbox;
        if (outbox.RunWorker)
        {
            _timer = new PeriodicTimer(outbox.PollInterval, time);
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

        // Both waits stay outstanding across passes, so a tick or a signal during a pass is never lost.
        Task<bool>? tick = null;
        Task<bool>? wake = null;
        while (true)
        {
            tick ??= _timer.WaitForNextTickAsync(stoppingToken).AsTask();
            wake ??= signal.WaitAsync(stoppingToken);
            var woke = await Task.WhenAny(tick, wake).ConfigureAwait(false);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (woke == tick)
            {
                tick = null;
            }
            else
            {
                wake = null;
                signal.Reset();
            }

            try
            {
                await processor.ProcessDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPassFailed(logger, e);
            }
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The outbox worker is off in this host (Intranet:Outbox:RunWorker = false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox pass failed; the next signal or poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
