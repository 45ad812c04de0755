using Intranet.Extensions.Cards;
using Intranet.Extensions.Graph.Auth;
using Intranet.Extensions.Graph.Hosting;
using Microsoft.Graph.Models;

namespace Intranet.Extensions.Graph.Teams;

/// <summary>
/// Posts a card to a Teams channel: <c>POST /teams/{id}/channels/{id}/messages</c> with the card as an
/// attachment. Graph allows this only with delegated permission (<c>ChannelMessage.Send</c>), so the post is
/// made on behalf of the signed-in person whose access token to this API is given.
/// </summary>
public sealed class TeamsChannelPosts
{
    private readonly GraphClients _graph;
    private readonly GraphTokens _tokens;

    internal TeamsChannelPosts(GraphClients graph, GraphTokens tokens)
    {
        _graph = graph;
        _tokens = tokens;
    }

    /// <summary>Posts <paramref name="card"/> to the channel as the person of <paramref name="userAccessToken"/>.</summary>
    /// <returns>The id of the new channel message.</returns>
    public async Task<string> PostCardAsync(
        string teamId, string channelId, AdaptiveCard card, string userAccessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrEmpty(userAccessToken);
        var attachmentId = Guid.NewGuid().ToString("N");
        var message = new ChatMessage
        {
            Body = new ItemBody { ContentType = BodyType.Html, Content = $"<attachment id=\"{attachmentId}\"></attachment>" },
            Attachments =
            [
                new ChatMessageAttachment
                {
                    Id = attachmentId,
                    ContentType = "application/vnd.microsoft.card.adaptive",
                    // Graph takes the card as a JSON string, not as an object.
                    Content = card.ToJson(),
                },
            ],
        };

        var graph = _graph.For(_tokens.OnBehalfOf(userAccessToken));
        var posted = await graph.Teams[teamId].Channels[channelId].Messages.PostAsync(message, cancellationToken: cancellationToken).ConfigureAwait(false);
        return posted?.Id ?? throw new InvalidOperationException("Graph answered the channel post without an id.");
    }
}
