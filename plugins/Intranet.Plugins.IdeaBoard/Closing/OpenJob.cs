using Intranet.Extensions.Scheduling;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Closing;

/// <summary><c>ideaboard.open</c>: when the window opens, the audience gets the announcement with the form.</summary>
internal sealed class OpenJob(IdeaBoardStore store, CampaignClosing closing, TimeProvider time) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        var campaign = job.Data?["campaignId"]?.GetValue<string>() is { } id ? await store.FindCampaignAsync(id, cancellationToken) : null;

        // Moved later (or closed meanwhile): the campaign's own schedule decides, not this stale job.
        if (campaign is { Announce: true } && campaign.PhaseAt(time.GetUtcNow()) == CampaignPhase.Open)
        {
            await closing.AnnounceAsync(campaign, cancellationToken);
        }
        else if (campaign is { Announce: true } && campaign.PhaseAt(time.GetUtcNow()) == CampaignPhase.Scheduled)
        {
            await closing.ScheduleAsync(campaign, cancellationToken);
        }
    }
}
