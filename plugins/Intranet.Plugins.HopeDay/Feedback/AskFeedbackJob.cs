using Intranet.Extensions.Scheduling;
using Intranet.Plugins.HopeDay.Rounds;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.HopeDay.Feedback;

/// <summary><c>hopeday.ask-feedback</c>: after a session, its participants get the feedback form.</summary>
internal sealed partial class AskFeedbackJob(RoundReader rounds, FeedbackRequests requests, ILogger<AskFeedbackJob> logger) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        var roundId = (string?)job.Data?["roundId"];
        var round = roundId is null ? null : await rounds.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round?.Session((string?)job.Data?["sessionId"]) is not { } session)
        {
            return;
        }

        var asked = await requests.AskAsync(round, session, cancellationToken).ConfigureAwait(false);
        LogAsked(logger, round.Id, session.Id, asked);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}/{SessionId}: feedback asked of {People} people")]
    private static partial void LogAsked(ILogger logger, string roundId, string sessionId, int people);
}
