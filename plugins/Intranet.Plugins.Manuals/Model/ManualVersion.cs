namespace Intranet.Plugins.Manuals.Model;

/// <summary>A published version of a manual: a snapshot of its content, kept and readable after later versions.</summary>
public sealed record ManualVersion
{
    /// <summary>The manual's id.</summary>
    public required string ManualId { get; init; }

    /// <summary>The version number, 1 for the first publication.</summary>
    public required int Number { get; init; }

    /// <summary>A major version (the first one always is); policy may ask readers to confirm major versions again.</summary>
    public required bool IsMajor { get; init; }

    /// <summary>
    /// The earliest version whose confirmation still counts for this one: this version when it asks again, an
    /// earlier one when policy lets a confirmation of it cover this version.
    /// </summary>
    public required int AcknowledgementBaseline { get; init; }

    /// <summary>The content as published.</summary>
    public required ManualDefinition Manual { get; init; }

    /// <summary>What changed since the previous version.</summary>
    public required ManualChanges Changes { get; init; }

    /// <summary>When it was published.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>Who published it.</summary>
    public required string PublishedById { get; init; }

    /// <summary>The owner, who gets the summary at the due date.</summary>
    public required string OwnerId { get; init; }

    /// <summary>The date (organisation's time zone) by which readers must confirm; none when confirmation is optional.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The document store path of the full manual as one readable document.</summary>
    public string? DocumentPath { get; init; }

    /// <summary>The state store key of the readers resolved at publishing.</summary>
    public required string ReadersKey { get; init; }

    /// <summary>How many readers the version was delivered to.</summary>
    public required int ReaderCount { get; init; }

    /// <summary>The publish request's id; publishing again with it resumes delivery instead of making a new version.</summary>
    public required string RequestId { get; init; }

    /// <summary>Whether readers must confirm this version.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool RequiresAcknowledgement => Manual.Acknowledgement.Required;

    /// <summary>The area and task with <paramref name="taskKey"/>, or nulls.</summary>
    /// <param name="taskKey">The task's key.</param>
    public (ManualArea? Area, ManualTask? Task) FindTask(string taskKey)
    {
        foreach (var (area, task) in Manual.AllTasks)
        {
            if (string.Equals(task.Key, taskKey, StringComparison.Ordinal))
            {
                return (area, task);
            }
        }

        return (null, null);
    }
}

/// <summary>What changed in a version against the previous one, by stable task key.</summary>
/// <param name="PreviousVersion">The version compared with; null for the first version.</param>
/// <param name="Added">Tasks that are new.</param>
/// <param name="Changed">Tasks whose title, text, cautions or references changed.</param>
/// <param name="Removed">Tasks that are gone.</param>
public sealed record ManualChanges(int? PreviousVersion, IReadOnlyList<TaskChange> Added, IReadOnlyList<TaskChange> Changed, IReadOnlyList<TaskChange> Removed)
{
    /// <summary>No previous version.</summary>
    public static ManualChanges FirstVersion { get; } = new(null, [], [], []);

    /// <summary>True when no task was added, changed or removed.</summary>
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
}

/// <summary>A task named in a change summary.</summary>
/// <param name="Key">The task's stable key.</param>
/// <param name="Title">Its title (in the new version, or the old one when removed).</param>
/// <param name="AreaTitle">Its area's title.</param>
public sealed record TaskChange(string Key, string Title, string AreaTitle);

/// <summary>A manual as listed: its id, title and latest version.</summary>
/// <param name="Id">The manual's id.</param>
/// <param name="Title">The latest version's title.</param>
/// <param name="LatestVersion">The latest version number.</param>
/// <param name="PublishedAt">When the latest version was published.</param>
public sealed record ManualSummary(string Id, string Title, int LatestVersion, DateTimeOffset PublishedAt);

/// <summary>What a publisher asks for.</summary>
public sealed record PublishRequest
{
    /// <summary>The publisher's directory id.</summary>
    public required string PublisherId { get; init; }

    /// <summary>A major version; ignored for the first version, which always is.</summary>
    public bool IsMajor { get; init; } = true;

    /// <summary>Idempotency id: publishing again with the same id resumes delivery of that version instead of making a new one.</summary>
    public string RequestId { get; init; } = Guid.NewGuid().ToString("N");
}
