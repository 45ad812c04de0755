namespace Intranet.Extensions.People.Roster;

/// <summary>The JSON shape of a roster file: <c>{ "people": [...], "groups": [...] }</c>.</summary>
/// <param name="People">The people, in display order.</param>
/// <param name="Groups">The groups; may be absent.</param>
internal sealed record RosterDocument(IReadOnlyList<StaffMember>? People, IReadOnlyList<RosterGroup>? Groups);
