using Intranet.Extensions.Actions;
using Intranet.Extensions.Scheduling;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary><c>hopeday.open</c>: sign-up opens; everyone invited gets their invitation.</summary>
internal sealed partial class OpenRoundJob(RoundService rounds, ILogger<OpenRoundJob> logger) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        try
        {
            await rounds.InviteAsync((string?)job.Data?["roundId"], cancellationToken).ConfigureAwait(false);
        }
        catch (CardActionException e)
        {
            // A deleted round or an empty audience will not mend by retrying.
            LogNotInvited(logger, job.Id, e.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hope Day job {JobId} sent no invitations: {Code}")]
    private static partial void LogNotInvited(ILogger logger, string jobId, string code);
}
