using Intranet.Extensions.Actions;
using Intranet.Extensions.Scheduling;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary><c>hopeday.close</c>: sign-up closes at its time; tables are formed and sent.</summary>
internal sealed partial class CloseRoundJob(RoundService rounds, ILogger<CloseRoundJob> logger) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        try
        {
            await rounds.CloseAsync((string?)job.Data?["roundId"], cancellationToken).ConfigureAwait(false);
        }
        catch (CardActionException e)
        {
            LogSkipped(logger, job.Id, e.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hope Day job {JobId} skipped: {Code}")]
    private static partial void LogSkipped(ILogger logger, string jobId, string code);
}
