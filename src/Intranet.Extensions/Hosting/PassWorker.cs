using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Hosting;

/// <summary>
/// A background worker that runs passes every poll interval of the <see cref="TimeProvider"/> and, when the
/// subclass has one, whenever its wake-up signal fires. A failing pass is logged and the next one tries again.
/// </summary>
internal abstract partial class PassWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>The worker's name in logs and the option that turns it off.</summary>
    protected abstract string Name { get; }

    /// <summary>Whether this host runs the worker, and how often it polls.</summary>
    protected abstract (bool Enabled, TimeSpan PollInterval) Schedule { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    /// <summary>Completes when the subclass wants a pass before the next poll; never, by default.</summary>
    protected virtual Task WaitForWakeAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    /// <summary>Consumes a wake-up before the pass it caused, so a wake-up during that pass asks for the next.</summary>
    protected virtual void ConsumeWake()
    {
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here, not in ExecuteAsync (which runs on another thread): ticks from the moment the host starts count.
        var (enabled, pollInterval) = Schedule;
        if (enabled)
        {
            _timer = new PeriodicTimer(pollInterval, time);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            LogDisabled(logger, Name);
            return;
        }

        // Both waits stay outstanding across passes, so a tick or a wake-up during a pass is never lost.
        Task? tick = null;
        Task? wake = null;
        while (true)
        {
            tick ??= _timer.WaitForNextTickAsync(stoppingToken).AsTask();
            wake ??= WaitForWakeAsync(stoppingToken);
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
                ConsumeWake();
            }

            try
            {
                await RunPassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPassFailed(logger, e, Name);
            }
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Worker} worker is off in this host (Intranet:{Worker}:RunWorker = false)")]
    private static partial void LogDisabled(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Worker} pass failed; the next wake-up or poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string worker);
}
