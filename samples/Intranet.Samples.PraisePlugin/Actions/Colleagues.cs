using Intranet.Extensions.People;

namespace Intranet.Samples.PraisePlugin.Actions;

/// <summary>Who can be praised: everyone but the sender, by department and name.</summary>
internal static class Colleagues
{
    // A choice list stays usable in a card only while it is short.
    private const int MaxChoices = 200;

    public static async Task<IReadOnlyList<StaffMember>> ListAsync(IDirectory directory, string? exceptId, CancellationToken cancellationToken)
    {
        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(Audience.All, cancellationToken))
        {
            if (person.Id != exceptId)
            {
                people.Add(person);
            }
        }

        return [.. people.OrderBy(p => p.Department, StringComparer.Ordinal).ThenBy(p => p.DisplayName, StringComparer.Ordinal).Take(MaxChoices)];
    }
}
