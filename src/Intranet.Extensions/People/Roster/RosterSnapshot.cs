namespace Intranet.Extensions.People.Roster;

/// <summary>One loaded version of the roster, indexed for lookups; immutable, so readers share it freely.</summary>
internal sealed class RosterSnapshot
{
    private readonly IReadOnlyList<StaffMember> people;
    private readonly Dictionary<string, StaffMember> byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StaffMember> byUserPrincipalName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StaffMember> byMail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RosterGroup> groups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the people and groups read from <paramref name="path"/>.</summary>
    /// <exception cref="InvalidOperationException">Ids, principal names or mail addresses repeat, or an entry lacks its id.</exception>
    public RosterSnapshot(IEnumerable<StaffMember?> people, IEnumerable<RosterGroup?> groups, string path, RosterStamp stamp)
    {
        Stamp = stamp;
        var list = new List<StaffMember>();
        foreach (var raw in people)
        {
            var person = Clean(raw, list.Count + 1, path);
            AddUnique(byId, person.Id, person, "person id", path);
            AddUnique(byUserPrincipalName, person.UserPrincipalName, person, "userPrincipalName", path);
            AddUnique(byMail, person.Mail, person, "mail", path);
            list.Add(person);
        }

        this.people = list;
        foreach (var group in groups)
        {
            if (group is not { Id.Length: > 0, Members: not null })
            {
                throw new InvalidOperationException($"Roster file '{path}': every group needs an id and a members list.");
            }

            if (byId.ContainsKey(group.Id))
            {
                throw new InvalidOperationException($"Roster file '{path}': '{group.Id}' is both a person id and a group id.");
            }

            AddUnique(this.groups, group.Id, group, "group id", path);
        }
    }

    /// <summary>The file version this snapshot was read from.</summary>
    public RosterStamp Stamp { get; }

    /// <summary>An empty roster (the file does not exist).</summary>
    public static RosterSnapshot Empty(string path) => new([], [], path, default);

    /// <summary>The person with this id, principal name or mail (case-insensitive).</summary>
    public StaffMember? Find(string idOrUserPrincipalName) =>
        byId.GetValueOrDefault(idOrUserPrincipalName)
        ?? byUserPrincipalName.GetValueOrDefault(idOrUserPrincipalName)
        ?? byMail.GetValueOrDefault(idOrUserPrincipalName);

    /// <summary>Every person the audience names, each once, in the order found.</summary>
    public IEnumerable<StaffMember> Resolve(Audience audience)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = audience.Everyone
            ? people
            : audience.UserIds.Select(Find).OfType<StaffMember>()
                .Concat(GroupMembers(audience.GroupIds))
                .Concat(people.Where(p => p.Department is not null && audience.Departments.Contains(p.Department, StringComparer.Ordinal)));
        return candidates.Where(p => seen.Add(p.Id));
    }

    /// <summary>People of the groups, through nested groups; each group is expanded once, so cycles end.</summary>
    private IEnumerable<StaffMember> GroupMembers(IEnumerable<string> groupIds)
    {
        var expanded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(groupIds.Reverse());
        while (pending.TryPop(out var groupId))
        {
            if (!expanded.Add(groupId) || !groups.TryGetValue(groupId, out var group))
            {
                continue;
            }

            // Push nested groups in reverse, so members come out in the order the file lists them.
            for (var i = group.Members.Count - 1; i >= 0; i--)
            {
                if (groups.ContainsKey(group.Members[i]))
                {
                    pending.Push(group.Members[i]);
                }
            }

            // Unknown member ids (people who left) are skipped rather than failing the whole roster.
            foreach (var member in group.Members)
            {
                if (byId.TryGetValue(member, out var person))
                {
                    yield return person;
                }
            }
        }
    }

    private static StaffMember Clean(StaffMember? person, int position, string path)
    {
        static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        return person is null || Trim(person.Id) is not { } id || Trim(person.DisplayName) is not { } name
            ? throw new InvalidOperationException($"Roster file '{path}': person #{position} needs an id and a displayName.")
            : person with
            {
                Id = id,
                DisplayName = name,
                UserPrincipalName = Trim(person.UserPrincipalName),
                Mail = Trim(person.Mail),
                Department = Trim(person.Department),
                JobTitle = Trim(person.JobTitle),
                PreferredLanguage = Trim(person.PreferredLanguage),
                ManagerId = Trim(person.ManagerId),
            };
    }

    private static void AddUnique<T>(Dictionary<string, T> index, string? key, T value, string what, string path)
    {
        if (key is not null && !index.TryAdd(key, value))
        {
            throw new InvalidOperationException($"Roster file '{path}': {what} '{key}' appears twice.");
        }
    }
}
