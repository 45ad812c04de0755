using Intranet.Extensions.Storage;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Votes;

/// <summary>
/// Votes, sharded by voter: a thousand people voting for one idea at once contend on 32 small documents instead
/// of one, and each shard is a set of voter ids updated with an ETag condition, so no vote is lost or counted
/// twice and a toggle removes exactly the voter's own vote.
/// </summary>
internal sealed class VoteStore(IStateStore store)
{
    public const int Shards = 32;

    /// <summary>Records (<paramref name="on"/>) or removes the person's vote; returns whether anything changed.</summary>
    public async Task<bool> SetAsync(string campaignId, string ideaId, string voterId, bool on, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = false;
        await store.UpdateAsync<VoteShard>(IdeaBoardKeys.VoteShard(campaignId, ideaId, ShardOf(voterId)), current =>
        {
            var voters = current?.Voters ?? new Dictionary<string, DateTimeOffset>();
            changed = voters.ContainsKey(voterId) != on;
            if (!changed)
            {
                return null;
            }

            var next = new Dictionary<string, DateTimeOffset>(voters, StringComparer.Ordinal);
            if (on)
            {
                next[voterId] = at;
            }
            else
            {
                next.Remove(voterId);
            }

            return new VoteShard(ideaId, next);
        }, cancellationToken: cancellationToken);
        return changed;
    }

    public async Task<int> CountAsync(string campaignId, string ideaId, CancellationToken cancellationToken) =>
        (await TallyAsync(campaignId, ideaId, voterId: null, cancellationToken)).Count;

    /// <summary>The idea's votes and whether <paramref name="voterId"/> is among them, from one reading of the shards.</summary>
    public async Task<(int Count, bool HasVoted)> TallyAsync(string campaignId, string ideaId, string? voterId, CancellationToken cancellationToken)
    {
        var (count, hasVoted) = (0, false);
        await foreach (var shard in store.ListAsync<VoteShard>(IdeaBoardKeys.VotesPrefix(campaignId, ideaId), cancellationToken))
        {
            count += shard.Value.Voters.Count;
            hasVoted |= voterId is not null && shard.Value.Voters.ContainsKey(voterId);
        }

        return (count, hasVoted);
    }

    /// <summary>Votes per idea of a whole campaign, in one listing.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAllAsync(string campaignId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var shard in store.ListAsync<VoteShard>(IdeaBoardKeys.CampaignVotesPrefix(campaignId), cancellationToken))
        {
            counts[shard.Value.IdeaId] = counts.GetValueOrDefault(shard.Value.IdeaId) + shard.Value.Voters.Count;
        }

        return counts;
    }

    /// <summary>Every vote of a campaign: idea, voter, when.</summary>
    public async Task<IReadOnlyList<(string IdeaId, string VoterId, DateTimeOffset At)>> ListAsync(string campaignId, CancellationToken cancellationToken)
    {
        var votes = new List<(string, string, DateTimeOffset)>();
        await foreach (var shard in store.ListAsync<VoteShard>(IdeaBoardKeys.CampaignVotesPrefix(campaignId), cancellationToken))
        {
            votes.AddRange(shard.Value.Voters.Select(v => (shard.Value.IdeaId, v.Key, v.Value)));
        }

        return votes;
    }

    // FNV-1a: stable across processes and machines, unlike string.GetHashCode.
    internal static int ShardOf(string voterId)
    {
        var hash = 2166136261u;
        foreach (var c in voterId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }
}
