using Intranet.Extensions.Scheduling;

namespace Intranet.Plugins.IdeaBoard.Closing;

/// <summary><c>ideaboard.close</c>: at the window's end, closes the campaign and sends the results.</summary>
internal sealed class CloseJob(CampaignClosing closing) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        if (job.Data?["campaignId"]?.GetValue<string>() is { } campaignId)
        {
            await closing.CloseIfDueAsync(campaignId, cancellationToken);
        }
    }
}
