namespace Intranet.Extensions.People.Roster;

/// <summary>A group of a roster file; members are people or other groups, resolved transitively.</summary>
/// <param name="Id">The group id, distinct from every person id.</param>
/// <param name="DisplayName">Name shown to administrators.</param>
/// <param name="Members">Ids of people and of nested groups.</param>
public sealed record RosterGroup(string Id, string DisplayName, IReadOnlyList<string> Members);
