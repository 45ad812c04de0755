using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Tests.Outbox;

/// <summary>A directory of a few people; groups are not modelled.</summary>
internal sealed class TestDirectory : IDirectory
{
    private readonly ConcurrentDictionary<string, StaffMember> _people = new(StringComparer.Ordinal);

    public static StaffMember Kim { get; } = new() { Id = "kim", DisplayName = "김민지", Department = "Sejong", PreferredLanguage = "ko-KR" };

    public static StaffMember Lee { get; } = new() { Id = "lee", DisplayName = "Daniel Lee", Department = "Sejong", PreferredLanguage = "en-US" };

    public static StaffMember Park { get; } = new() { Id = "park", DisplayName = "박서준", Department = "Hanbit" };

    public static TestDirectory Sample()
    {
        var directory = new TestDirectory();
        directory.Add(Kim, Lee, Park);
        return directory;
    }

    public void Add(params StaffMember[] people)
    {
        foreach (var person in people)
        {
            _people[person.Id] = person;
        }
    }

    public void Remove(string id) => _people.TryRemove(id, out _);

    public Task<StaffMember?> FindAsync(string idOrUserPrincipalName, CancellationToken cancellationToken = default) =>
        Task.FromResult(_people.GetValueOrDefault(idOrUserPrincipalName));

    public async IAsyncEnumerable<StaffMember> ResolveAsync(Audience audience, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var person in _people.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (audience.Everyone || audience.UserIds.Contains(person.Id) || (person.Department is { } d && audience.Departments.Contains(d)))
            {
                yield return person;
            }
        }
    }
}
