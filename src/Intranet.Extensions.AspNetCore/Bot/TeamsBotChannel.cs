using System.Net;
using System.Security.Cryptography;
using System.Text;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Proactive Teams delivery (channel <c>teams</c>): opens the person's 1:1 chat with the bot when it is not known
/// yet, sends the card, and remembers the activity. The same delivery id again sends nothing new: an unchanged
/// card reports the earlier activity, a changed card updates that activity in place.
/// </summary>
internal sealed partial class TeamsBotChannel(
    ConversationStore conversations, BotConnectorClient connector, IOptions<BotOptions> options, ILogger<TeamsBotChannel> logger)
    : IDeliveryChannel
{
    public string Name => BotOptions.ChannelName;

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var cardHash = CardHash(request.Card);
        var earlier = await conversations.FindDeliveryAsync(request.MessageId, request.Recipient.Id, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return earlier.CardHash == cardHash
                ? DeliveryResult.Sent(earlier.ActivityId)
                : await UpdateAsync(earlier, request.Card, cardHash, cancellationToken).ConfigureAwait(false);
        }

        var reference = await conversations.FindAsync(request.Recipient.Id, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            var created = await connector.CreateConversationAsync(
                o.DefaultServiceUrl, o.TenantId, "28:" + o.AppId, "8:orgid:" + request.Recipient.Id, request.Recipient.Id, cancellationToken).ConfigureAwait(false);
            if (!created.IsSuccess || created.Id is null)
            {
                return Classify(created, request, "create conversation");
            }

            reference = new ConversationReference(request.Recipient.Id, null, created.Id, o.DefaultServiceUrl, o.TenantId, "msteams", default);
            await conversations.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        }

        var sent = await connector.SendAsync(
            reference.ServiceUrl, reference.TenantId, reference.ConversationId, BotConnectorClient.CardActivity(request.Card), cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            if (sent.Status == HttpStatusCode.NotFound)
            {
                // The chat is gone (app removed and added again): forget it, so the retry opens a new one.
                await conversations.DropAsync(request.Recipient.Id, cancellationToken).ConfigureAwait(false);
            }

            return Classify(sent, request, "send");
        }

        var activityId = sent.Id ?? request.DeliveryId;
        await conversations.SaveDeliveryAsync(
            new DeliveredActivity(request.DeliveryId, request.MessageId, request.Recipient.Id, reference.ConversationId, activityId, reference.ServiceUrl, cardHash),
            cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Sent(activityId);
    }

    /// <summary>Replaces a delivered card in place (PUT of the activity).</summary>
    internal async Task<DeliveryResult> UpdateAsync(DeliveredActivity earlier, AdaptiveCard card, string cardHash, CancellationToken cancellationToken)
    {
        var updated = await connector.UpdateAsync(
            earlier.ServiceUrl, options.Value.TenantId, earlier.ConversationId, earlier.ActivityId, BotConnectorClient.CardActivity(card), cancellationToken).ConfigureAwait(false);
        if (!updated.IsSuccess)
        {
            return Classify(updated, null, "update");
        }

        await conversations.SaveDeliveryAsync(earlier with { CardHash = cardHash }, cancellationToken).ConfigureAwait(false);
        LogUpdated(logger, earlier.DeliveryId, earlier.ActivityId);
        return DeliveryResult.Sent(earlier.ActivityId);
    }

    internal static string CardHash(AdaptiveCard card) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(card.ToJson())))[..32];

    private DeliveryResult Classify(ConnectorResult result, DeliveryRequest? request, string step)
    {
        LogFailed(logger, step, request?.Recipient.Id ?? "", result.Describe());
        if (result.IsBlocked)
        {
            return DeliveryResult.Blocked($"Teams refused the {step}: {result.Describe()}");
        }

        return result.IsTransient || result.Status == HttpStatusCode.NotFound || result.Status == HttpStatusCode.Unauthorized
            ? DeliveryResult.Transient($"Teams {step}: {result.Describe()}", result.RetryAfter)
            : DeliveryResult.Failed($"Teams {step}: {result.Describe()}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams {Step} for {RecipientId} failed: {Answer}")]
    private static partial void LogFailed(ILogger logger, string step, string recipientId, string answer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams card of delivery {DeliveryId} updated in place (activity {ActivityId})")]
    private static partial void LogUpdated(ILogger logger, string deliveryId, string activityId);
}
