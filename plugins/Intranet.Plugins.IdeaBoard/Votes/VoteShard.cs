namespace Intranet.Plugins.IdeaBoard.Votes;

/// <summary>
/// The voters of one idea whose id hashes to this shard, at <c>ideaboard/data/{campaign}/votes/{idea}/{shard}</c>.
/// A voter is a key, so a person votes at most once; the count is the sum over the shards.
/// </summary>
internal sealed record VoteShard(string IdeaId, IReadOnlyDictionary<string, DateTimeOffset> Voters);
