using Intranet.Extensions.Hosting;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Scheduling;

/// <summary>
/// One pass over the scheduled jobs: claims each due job with an ETag-conditioned write and runs its handler
/// in a new scope. Any number of processors may share a store; each due job runs once.
/// </summary>
public sealed partial class SchedulerProcessor
{
    /// <summary>Wait after a job's first failure; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between tries of a failing job.</summary>
    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private readonly IStateStore _store;
    private readonly PluginRegistry _registry;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IntranetOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SchedulerProcessor> _logger;

    internal SchedulerProcessor(
        IStateStore store,
        PluginRegistry registry,
        IServiceScopeFactory scopes,
        IOptions<IntranetOptions> options,
        TimeProvider time,
        ILogger<SchedulerProcessor> logger)
    {
        _store = store;
        _registry = registry;
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs every job that is due now and not claimed by another processor, one after the other.</summary>
    /// <returns>The number of jobs whose handler ran (successfully or not).</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = new List<Versioned<ScheduledJobDocument>>();
        await foreach (var job in _store.ListAsync<ScheduledJobDocument>(SchedulerKeys.JobsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (job.Value.IsDue(now))
            {
                due.Add(job);
            }
        }

        var ran = 0;
        foreach (var job in due)
        {
            if (await TryRunAsync(job, cancellationToken).ConfigureAwait(false))
            {
                ran++;
            }
        }

        return ran;
    }

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed runs.</summary>
    internal static TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    private async Task<bool> TryRunAsync(Versioned<ScheduledJobDocument> job, CancellationToken cancellationToken)
    {
        var options = _options.Value.Scheduler;
        var key = SchedulerKeys.Job(job.Value.Id);
        var now = _time.GetUtcNow();
        var handlerType = _registry.FindJobHandler(job.Value.Kind);
        if (handlerType is null)
        {
            LogUnknownKind(_logger, job.Value.Id, job.Value.Kind);
            await _store.TryPutAsync(key, Fail(job.Value, $"No handler is registered for job kind '{job.Value.Kind}'.", now), WriteCondition.Matches(job.ETag), cancellationToken)
                .ConfigureAwait(false);
            return false;
        }

        if (job.Value.Attempts >= options.MaxAttempts)
        {
            // Only after hosts died mid-run MaxAttempts times: stop instead of crashing them again.
            var reason = $"Gave up after {job.Value.Attempts} attempts; the last one did not finish ({job.Value.LastError}).";
            LogGaveUp(_logger, job.Value.Id, job.Value.Kind, job.Value.Attempts, reason);
            await _store.TryPutAsync(key, Fail(job.Value, reason, now), WriteCondition.Matches(job.ETag), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var claimed = job.Value with { Attempts = job.Value.Attempts + 1, ClaimedUntil = now + options.ClaimDuration };
        if (await _store.TryPutAsync(key, claimed, WriteCondition.Matches(job.ETag), cancellationToken).ConfigureAwait(false) is not { } claim)
        {
            return false; // another processor claimed, moved or cancelled it since the listing
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var handler = (IScheduledJobHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            await handler.RunAsync(claimed.Job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(key, claimed, claim, e, options, cancellationToken).ConfigureAwait(false);
            return true;
        }

        try
        {
            // Conditioned on the claim: a job the handler (or anyone) scheduled again meanwhile keeps its new schedule.
            await _store.DeleteAsync(key, WriteCondition.Matches(claim), cancellationToken).ConfigureAwait(false);
            LogRan(_logger, claimed.Id, claimed.Kind);
        }
        catch (ConcurrencyConflictException)
        {
            LogKeptRescheduled(_logger, claimed.Id, claimed.Kind);
        }

        return true;
    }

    private async Task RecordFailureAsync(
        string key, ScheduledJobDocument claimed, ETag claim, Exception error, SchedulerOptions options, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var reason = $"{error.GetType().Name}: {error.Message}";
        ScheduledJobDocument next;
        if (claimed.Attempts >= options.MaxAttempts)
        {
            LogGaveUp(_logger, claimed.Id, claimed.Kind, claimed.Attempts, reason);
            next = Fail(claimed, reason, now);
        }
        else
        {
            var retryAt = now + RetryDelay(claimed.Attempts);
            LogFailed(_logger, error, claimed.Id, claimed.Kind, claimed.Attempts, retryAt);
            next = claimed with { ClaimedUntil = null, RetryAt = retryAt, LastError = reason };
        }

        if (await _store.TryPutAsync(key, next, WriteCondition.Matches(claim), cancellationToken).ConfigureAwait(false) is null)
        {
            LogKeptRescheduled(_logger, claimed.Id, claimed.Kind);
        }
    }

    private static ScheduledJobDocument Fail(ScheduledJobDocument job, string reason, DateTimeOffset now) =>
        job with { FailedAt = now, ClaimedUntil = null, RetryAt = null, LastError = reason };

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} has kind {Kind}, for which no handler is registered; marked failed")]
    private static partial void LogUnknownKind(ILogger logger, string jobId, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) ran")]
    private static partial void LogRan(ILogger logger, string jobId, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) was scheduled again or cancelled while it ran; the new state is kept")]
    private static partial void LogKeptRescheduled(ILogger logger, string jobId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed on attempt {Attempts}; retrying at {RetryAt}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId, string kind, int attempts, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) given up after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string jobId, string kind, int attempts, string reason);
}
