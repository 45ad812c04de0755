using System.Text.Json.Nodes;

namespace Intranet.Extensions.Scheduling;

/// <summary>
/// Durable jobs on the state store, driven by <see cref="TimeProvider"/>: a job scheduled before a restart
/// still runs after it, once. Handlers are registered with <c>IPluginBuilder.AddJob</c>.
/// </summary>
public interface IScheduler
{
    /// <summary>Schedules (or moves) the job with <see cref="ScheduledJob.Id"/>.</summary>
    Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken = default);

    /// <summary>Cancels the job; false when there was none.</summary>
    Task<bool> CancelAsync(string jobId, CancellationToken cancellationToken = default);
}

/// <summary>A job to run at a time.</summary>
/// <param name="Id">Unique id; scheduling the same id again moves the job. Letters, digits and <c>._@-</c>.</param>
/// <param name="Kind">The handler, <c>{pluginId}.{job}</c>.</param>
/// <param name="DueAt">When to run.</param>
/// <param name="Data">What the handler needs.</param>
public sealed record ScheduledJob(string Id, string Kind, DateTimeOffset DueAt, JsonObject? Data = null);

/// <summary>Runs jobs of one kind.</summary>
public interface IScheduledJobHandler
{
    /// <summary>Runs the job. Throwing makes the scheduler retry later with back-off.</summary>
    Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default);
}
