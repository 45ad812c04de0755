namespace Intranet.Extensions.People;

/// <summary>Who a message or a programme is for: people, groups (with transitive members), departments, or everyone.</summary>
public sealed record Audience
{
    /// <summary>Individual people by id.</summary>
    public IReadOnlyList<string> UserIds { get; init; } = [];

    /// <summary>Groups by id; members are resolved transitively.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    /// <summary>Departments by name.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Everybody in the directory.</summary>
    public bool Everyone { get; init; }

    /// <summary>True when the audience names nobody.</summary>
    public bool IsEmpty => !Everyone && UserIds.Count == 0 && GroupIds.Count == 0 && Departments.Count == 0;

    /// <summary>An audience of the given people.</summary>
    public static Audience Users(params string[] userIds) => new() { UserIds = userIds };

    /// <summary>An audience of the given departments.</summary>
    public static Audience OfDepartments(params string[] departments) => new() { Departments = departments };

    /// <summary>An audience of the given groups.</summary>
    public static Audience OfGroups(params string[] groupIds) => new() { GroupIds = groupIds };

    /// <summary>Everybody.</summary>
    public static Audience All { get; } = new() { Everyone = true };
}
