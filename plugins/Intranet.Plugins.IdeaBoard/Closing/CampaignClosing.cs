using System.Text.Json.Nodes;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.Scheduling;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.IdeaBoard.Closing;

/// <summary>
/// The window's two ends: the announcement when it opens and, when it closes, the closing mark, the results
/// digest to the audience and the review queue to the reviewers. Durable jobs drive both; message ids carry
/// the campaign's round, so a rerun sends nothing twice and a reopened campaign gets fresh cards.
/// </summary>
internal sealed partial class CampaignClosing(
    IdeaBoardStore store, VoteStore votes, CommentStore comments, IdeaViews views, IOutbox outbox, IScheduler scheduler,
    IOrganizationContext organization, TimeProvider time, IOptions<IdeaBoardOptions> options, ILogger<CampaignClosing> logger)
{
    public const string OpenJobKind = "ideaboard.open";
    public const string CloseJobKind = "ideaboard.close";

    public static string OpenJobId(string campaignId) => $"ideaboard-open-{campaignId}";

    public static string CloseJobId(string campaignId) => $"ideaboard-close-{campaignId}";

    /// <summary>Schedules the close at the window's end and, for a later opening, the announcement.</summary>
    public async Task ScheduleAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var data = new JsonObject { ["campaignId"] = campaign.Id };
        await scheduler.ScheduleAsync(new ScheduledJob(CloseJobId(campaign.Id), CloseJobKind, campaign.ClosesAt, data), cancellationToken);
        if (campaign.Announce && campaign.OpensAt > time.GetUtcNow())
        {
            await scheduler.ScheduleAsync(new ScheduledJob(OpenJobId(campaign.Id), OpenJobKind, campaign.OpensAt, data.DeepClone().AsObject()), cancellationToken);
        }
    }

    /// <summary>Sends the announcement with the submission form (once per round); false when the audience is empty.</summary>
    public async Task<bool> AnnounceAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var view = views.Announcement(campaign, $"announce-{campaign.Round}");
        return await TrySendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-announcement-{campaign.Round}",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "announcement",
            Audience = campaign.Audience,
            Card = culture => IdeaCards.Announcement(view, culture),
        }, cancellationToken);
    }

    /// <summary>
    /// Closes the campaign if its window has ended (a job that finds the window moved reschedules itself), then
    /// sends the digest and the review queue. Returns the campaign as stored.
    /// </summary>
    public async Task<Campaign?> CloseIfDueAsync(string campaignId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var campaign = await store.FindCampaignAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        if (campaign.ClosedAt is null && now < campaign.ClosesAt)
        {
            // The window was moved after this job was scheduled: come back at the new end.
            await ScheduleAsync(campaign, cancellationToken);
            return campaign;
        }

        var closed = (await store.UpdateCampaignAsync(campaignId, c => c is null || c.ClosedAt is not null ? null : c with { ClosedAt = now }, cancellationToken))!.Value;
        await SendResultsAsync(closed, cancellationToken);
        return closed;
    }

    private async Task SendResultsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var rows = await views.RowsAsync(campaign, viewer: null, cancellationToken);
        var visible = rows.Where(r => r.Idea.IsVisible).ToList();
        var ideas = visible.Select(r => r.Idea.Id).ToHashSet(StringComparer.Ordinal);
        var allVotes = (await votes.ListAsync(campaign.Id, cancellationToken)).Where(v => ideas.Contains(v.IdeaId)).ToList();
        var allComments = (await comments.ListAllAsync(campaign.Id, cancellationToken)).Where(c => ideas.Contains(c.IdeaId)).ToList();
        var participants = visible.Select(r => r.Idea.AuthorId).Concat(allVotes.Select(v => v.VoterId)).Concat(allComments.Select(c => c.AuthorId))
            .Distinct(StringComparer.Ordinal).Count();
        var digest = new DigestView(
            campaign, campaign.ClosedAt ?? campaign.ClosesAt, visible.Count, allVotes.Count, allComments.Count, participants,
            visible.Count(r => r.Idea.Status == IdeaStatus.Adopted), [.. IdeaViews.Ranked(visible).Take(options.Value.DigestTopCount)], organization.TimeZone);

        await TrySendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-digest-{campaign.Round}",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "digest",
            Audience = campaign.Audience,
            Card = culture => DigestCards.Digest(digest, culture),
        }, cancellationToken);

        await SendReviewQueueAsync(campaign, $"round{campaign.Round}", rows, cancellationToken);
    }

    /// <summary>Sends the reviewer group the review queue, once per <paramref name="tag"/>.</summary>
    public async Task SendReviewQueueAsync(Campaign campaign, string tag, IReadOnlyList<IdeaRow>? rows, CancellationToken cancellationToken)
    {
        var queue = ReviewService.Queue(campaign, rows ?? await views.RowsAsync(campaign, viewer: null, cancellationToken));
        await TrySendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-queue-{tag}",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "review-queue",
            Audience = campaign.Reviewers,
            Card = culture => ReviewCards.Queue(queue, culture),
        }, cancellationToken);
    }

    // A job must not retry forever because a group emptied; the host learns it from the log.
    private async Task<bool> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.EnqueueAsync(message, cancellationToken);
            return true;
        }
        catch (ArgumentException e)
        {
            LogNobodyToTell(logger, e, message.Id, message.CardName);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idea board message {MessageId} ({CardName}) has nobody to go to")]
    private static partial void LogNobodyToTell(ILogger logger, Exception exception, string? messageId, string cardName);
}
