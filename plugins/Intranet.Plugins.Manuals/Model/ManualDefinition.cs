using System.Text.Json.Serialization;

namespace Intranet.Plugins.Manuals.Model;

/// <summary>
/// A manual as authored: metadata, areas of tasks, attachments, audience and acknowledgement policy. Imported
/// from Markdown or JSON into a draft; publishing snapshots it as a numbered <see cref="ManualVersion"/>.
/// </summary>
public sealed record ManualDefinition
{
    /// <summary>Stable id: lower-case letters, digits and dashes (for example <c>dong-chief-duties</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Title shown on every card.</summary>
    public required string Title { get; init; }

    /// <summary>The department that owns and maintains the manual.</summary>
    public required string OwnerDepartment { get; init; }

    /// <summary>Directory id (or user principal name) of the owner, who gets the summary at the due date; the publisher when not given.</summary>
    public string? OwnerId { get; init; }

    /// <summary>A short summary shown on the delivered card.</summary>
    public string? Summary { get; init; }

    /// <summary>The date the manual takes effect.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Who receives the manual.</summary>
    public ManualAudience Audience { get; init; } = new();

    /// <summary>Whether and by when readers must confirm, and how often they are reminded.</summary>
    public AcknowledgementPolicy Acknowledgement { get; init; } = new();

    /// <summary>The areas, each a list of tasks, in reading order.</summary>
    public IReadOnlyList<ManualArea> Areas { get; init; } = [];

    /// <summary>Files (PDF, DOCX, HWP) that go with the manual.</summary>
    public IReadOnlyList<ManualAttachment> Attachments { get; init; } = [];

    /// <summary>The number of tasks over all areas.</summary>
    [JsonIgnore]
    public int TaskCount => Areas.Sum(a => a.Tasks.Count);

    /// <summary>Every task with its area, in reading order.</summary>
    [JsonIgnore]
    public IEnumerable<(ManualArea Area, ManualTask Task)> AllTasks => Areas.SelectMany(a => a.Tasks.Select(t => (a, t)));
}

/// <summary>An area of a manual (for example "주민 복지·민원"): a titled group of tasks.</summary>
public sealed record ManualArea
{
    /// <summary>Stable key within the manual.</summary>
    public required string Key { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Optional introduction, in Markdown.</summary>
    public string? Intro { get; init; }

    /// <summary>The tasks, in reading order.</summary>
    public IReadOnlyList<ManualTask> Tasks { get; init; } = [];
}

/// <summary>A task of an area: how to do it, what to watch out for, and where the rules come from.</summary>
public sealed record ManualTask
{
    /// <summary>
    /// Stable key within the manual; versions are compared by it, so a task keeps its key when its title or
    /// text changes.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>How to do it, in Markdown.</summary>
    public required string Body { get; init; }

    /// <summary>Cautions, each in Markdown.</summary>
    public IReadOnlyList<string> Cautions { get; init; } = [];

    /// <summary>References (laws, guidelines, links), each in Markdown.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
}

/// <summary>Who receives a manual: departments, groups (with transitive members), people, or everyone.</summary>
public sealed record ManualAudience
{
    /// <summary>Departments by name (for example the community centres).</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Groups by id.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>People by id or user principal name.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>Everybody in the directory.</summary>
    public bool Everyone { get; init; }

    /// <summary>True when the audience names nobody.</summary>
    [JsonIgnore]
    public bool IsEmpty => !Everyone && Departments.Count == 0 && Groups.Count == 0 && Users.Count == 0;

    /// <summary>The directory audience.</summary>
    public Intranet.Extensions.People.Audience ToAudience() => new()
    {
        Departments = Departments,
        GroupIds = Groups,
        UserIds = Users,
        Everyone = Everyone,
    };
}

/// <summary>A file of a manual, stored through the document store.</summary>
/// <param name="Name">The file name as uploaded (shown on cards).</param>
/// <param name="Path">The document store path.</param>
/// <param name="ContentType">Media type.</param>
/// <param name="Length">Size in bytes.</param>
public sealed record ManualAttachment(string Name, string Path, string ContentType, long Length);
