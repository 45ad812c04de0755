using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>Who reviews a campaign: its reviewer group (directory groups, departments or people), resolved now.</summary>
internal sealed class Reviewers(IDirectory directory)
{
    public async Task<bool> IsReviewerAsync(Campaign campaign, string personId, CancellationToken cancellationToken)
    {
        await foreach (var person in directory.ResolveAsync(campaign.Reviewers, cancellationToken))
        {
            if (person.Id == personId)
            {
                return true;
            }
        }

        return false;
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(campaign.Reviewers, cancellationToken))
        {
            people.Add(person);
        }

        return people;
    }
}
