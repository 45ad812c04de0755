using Intranet.Extensions.Actions;
using Intranet.Extensions.Storage;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>Reads rounds and refuses unknown ones with a code the actor's card can explain.</summary>
internal sealed class RoundReader(IStateStore store)
{
    public async Task<RoundDocument?> FindAsync(string roundId, CancellationToken cancellationToken)
    {
        if (!HopeDayIds.IsValid(roundId))
        {
            return null;
        }

        return (await store.GetAsync<RoundDocument>(HopeDayKeys.Round(roundId), cancellationToken).ConfigureAwait(false))?.Value;
    }

    public async Task<RoundDocument> GetAsync(string? roundId, CancellationToken cancellationToken) =>
        roundId is not null && await FindAsync(roundId, cancellationToken).ConfigureAwait(false) is { } round
            ? round
            : throw new CardActionException(HopeDayErrors.UnknownRound);

    public static HopeDaySessionDefinition Session(RoundDocument round, string? sessionId) =>
        round.Session(sessionId) ?? throw new CardActionException(HopeDayErrors.UnknownSession);
}
