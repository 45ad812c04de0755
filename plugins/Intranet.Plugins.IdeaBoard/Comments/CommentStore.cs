using Intranet.Extensions.Storage;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Comments;

/// <summary>Comments, one document each; the id comes from the card's draft, so a double click posts once.</summary>
internal sealed class CommentStore(IStateStore store)
{
    /// <summary>Stores the comment unless that draft was already posted; returns the stored one.</summary>
    public async Task<Comment> AddAsync(string campaignId, Comment comment, CancellationToken cancellationToken) =>
        (await store.UpdateAsync<Comment>(
            IdeaBoardKeys.Comment(campaignId, comment.IdeaId, comment.Id), current => current is null ? comment : null,
            cancellationToken: cancellationToken))!.Value;

    /// <summary>An idea's comments, oldest first.</summary>
    public async Task<IReadOnlyList<Comment>> ListAsync(string campaignId, string ideaId, CancellationToken cancellationToken)
    {
        var comments = new List<Comment>();
        await foreach (var entry in store.ListAsync<Comment>(IdeaBoardKeys.CommentsPrefix(campaignId, ideaId), cancellationToken))
        {
            comments.Add(entry.Value);
        }

        return [.. comments.OrderBy(c => c.PostedAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every comment of a campaign.</summary>
    public async Task<IReadOnlyList<Comment>> ListAllAsync(string campaignId, CancellationToken cancellationToken)
    {
        var comments = new List<Comment>();
        await foreach (var entry in store.ListAsync<Comment>(IdeaBoardKeys.CampaignCommentsPrefix(campaignId), cancellationToken))
        {
            comments.Add(entry.Value);
        }

        return comments;
    }
}
