using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Intranet.Extensions.Scheduling;

/// <summary>A stored job with its run state.</summary>
internal sealed record ScheduledJobDocument
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    /// <summary>When it was scheduled to run; handlers see this, not the retry time.</summary>
    public DateTimeOffset DueAt { get; init; }

    public JsonObject? Data { get; init; }

    public DateTimeOffset ScheduledAt { get; init; }

    /// <summary>Runs started; counted when claimed, so a run that crashed its host counts too.</summary>
    public int Attempts { get; init; }

    /// <summary>After a failure: not run again before this time.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>A processor is running it until then; afterwards another may take over.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    public string? LastError { get; init; }

    /// <summary>Set when given up; the job is kept for inspection and not run again.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>True when it should run now and nobody holds a live claim on it.</summary>
    public bool IsDue(DateTimeOffset now) => FailedAt is null && (RetryAt ?? DueAt) <= now && !(ClaimedUntil > now);

    /// <summary>The job as handlers see it.</summary>
    [JsonIgnore]
    public ScheduledJob Job => new(Id, Kind, DueAt, Data);
}
