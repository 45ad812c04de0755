using System.Globalization;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Closing;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Demo;

/// <summary>
/// Demo content: a 12-day kindness-policy contest open now (everyone gets the announcement with the form) and an
/// anonymous "unnecessary work" campaign with seeded items, votes, a comment, an adoption and a hold. People
/// come from the directory (the first ones in id order, department heads as reviewers); fixed ids make it idempotent.
/// </summary>
internal sealed class IdeaBoardDemoContent(
    IIdeaBoard board, IdeaBoardStore store, ParticipationService participation, ReviewService review, CampaignClosing closing,
    IDirectory directory, IOrganizationContext organization, TimeProvider time) : IDemoContentSeeder
{
    public const string KindnessId = "demo-kindness";
    public const string WorkId = "demo-unnecessary-work";

    private static readonly CultureInfo Culture = IntranetCultures.Korean;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(Audience.All, cancellationToken))
        {
            people.Add(person);
        }

        people.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (people.Count < 4)
        {
            return;
        }

        var text = DemoText.Load();
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), organization.TimeZone).Date;

        // Department heads (the people others report to) review the contest; the first person's department reviews the campaign.
        var heads = people.Where(p => people.Any(o => o.ManagerId == p.Id)).Select(p => p.Id).ToArray();
        var kindnessReviewers = heads.Length > 0 ? Audience.Users(heads) : Audience.Users(people[0].Id);
        var workReviewers = people[0].Department is { Length: > 0 } department ? Audience.OfDepartments(department) : Audience.Users(people[0].Id);

        var kindness = await EnsureCampaignAsync(new CampaignDefinition
        {
            Id = KindnessId,
            Title = text.Kindness.Title,
            Description = text.Kindness.Description,
            Kind = CampaignKind.Ideas,
            OpensAt = today.AddDays(-2).AddHours(9),
            ClosesAt = today.AddDays(9).AddHours(18),
            Categories = text.Kindness.Categories,
            Reviewers = kindnessReviewers,
            IncentivePoints = 100,
        }, cancellationToken);
        var work = await EnsureCampaignAsync(new CampaignDefinition
        {
            Id = WorkId,
            Title = text.UnnecessaryWork.Title,
            Description = text.UnnecessaryWork.Description,
            Kind = CampaignKind.UnnecessaryWork,
            OpensAt = today.AddDays(-18).AddHours(9),
            ClosesAt = today.AddDays(6).AddHours(18),
            Anonymous = true,
            Reviewers = workReviewers,
            IncentivePoints = 50,
        }, cancellationToken);

        if (kindness is not null)
        {
            await SeedKindnessAsync(kindness, text.Kindness, people, cancellationToken);
        }

        if (work is not null)
        {
            await SeedWorkAsync(work, text.UnnecessaryWork, people, cancellationToken);
        }
    }

    private async Task<Campaign?> EnsureCampaignAsync(CampaignDefinition definition, CancellationToken cancellationToken)
    {
        if (await store.FindCampaignAsync(definition.Id, cancellationToken) is null)
        {
            await board.CreateCampaignAsync(definition, cancellationToken);
        }

        return await store.FindCampaignAsync(definition.Id, cancellationToken);
    }

    private async Task SeedKindnessAsync(Campaign campaign, DemoText.KindnessText text, List<StaffMember> people, CancellationToken cancellationToken)
    {
        var ideas = new List<Idea>();
        for (var i = 0; i < text.Ideas.Count; i++)
        {
            var item = text.Ideas[i];
            var author = people[(2 + 3 * i) % people.Count];
            var draft = new IdeaDraft(item.Title, item.Body, item.Category, null, null, null);
            if (await TryAsync(async () => (await participation.SubmitAsync(campaign, $"demo-{i}", author, draft, Culture, notifyReviewers: false, cancellationToken)).Idea) is { } idea)
            {
                ideas.Add(idea);
            }
        }

        await VoteAsync(campaign, ideas, people, cancellationToken);
        await closing.SendReviewQueueAsync(campaign, "demo", null, cancellationToken);
        for (var i = 0; i < Math.Min(text.Comments.Count, ideas.Count); i++)
        {
            var commenter = people[(5 + i) % people.Count];
            var idea = ideas[0];
            await TryAsync(() => participation.CommentAsync(campaign, idea.Id, $"demo-{i}", commenter, text.Comments[i], Culture, cancellationToken));
        }
    }

    private async Task SeedWorkAsync(Campaign campaign, DemoText.WorkText text, List<StaffMember> people, CancellationToken cancellationToken)
    {
        var items = new List<Idea>();
        for (var i = 0; i < text.Items.Count; i++)
        {
            var item = text.Items[i];
            var author = people[(1 + i) % people.Count];
            var draft = new IdeaDraft(item.Title, item.Proposal, null, item.CurrentPractice, item.WhyUnnecessary, item.HoursSaved.ToString(CultureInfo.InvariantCulture));
            if (await TryAsync(async () => (await participation.SubmitAsync(campaign, $"demo-{i}", author, draft, Culture, notifyReviewers: false, cancellationToken)).Idea) is { } idea)
            {
                items.Add(idea);
            }
        }

        await VoteAsync(campaign, items, people, cancellationToken);

        // One item adopted and moving, one on hold: the author's inbox shows a decision card, the board shows results.
        var reviewers = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(campaign.Reviewers, cancellationToken))
        {
            reviewers.Add(person);
        }

        foreach (var (index, decision, feedback) in new[] { (0, "adopt", text.AdoptFeedback), (3, "hold", text.HoldFeedback) })
        {
            if (index >= items.Count || await store.FindIdeaAsync(campaign.Id, items[index].Id, cancellationToken) is not { Decisions.Count: 0 } item)
            {
                continue;
            }

            if (reviewers.FirstOrDefault(r => r.Id != item.AuthorId) is { } reviewer)
            {
                await TryAsync(() => review.DecideAsync(campaign, item.Id, reviewer, decision, null, feedback, Culture, cancellationToken));
                if (decision == "adopt")
                {
                    await TryAsync(() => review.UpdateImplementationAsync(campaign, item.Id, reviewer, "in-progress", Culture, cancellationToken));
                }
            }
        }

        // Reviewers get one queue card rather than a review card per seeded item.
        await closing.SendReviewQueueAsync(campaign, "demo", null, cancellationToken);
    }

    // Earlier ideas get more votes, so "top ideas" has an order; nobody votes for their own idea.
    private async Task VoteAsync(Campaign campaign, List<Idea> ideas, List<StaffMember> people, CancellationToken cancellationToken)
    {
        for (var i = 0; i < ideas.Count; i++)
        {
            var voters = people.Where((p, n) => p.Id != ideas[i].AuthorId && (n + i) % (i + 2) == 0).Take(Math.Max(1, 14 - i));
            foreach (var voter in voters)
            {
                var idea = ideas[i];
                await TryAsync(() => participation.VoteAsync(campaign, idea.Id, voter, on: true, Culture, cancellationToken));
            }
        }
    }

    // After the window closes, a restart finds the campaign closed: seeding what it can and skipping the rest is the point.
    private static async Task<T?> TryAsync<T>(Func<Task<T>> action) where T : class
    {
        try
        {
            return await action();
        }
        catch (CardActionException)
        {
            return null;
        }
    }
}
