using System.Security.Cryptography;
using System.Text;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// What the bot remembers in the state store: each person's 1:1 conversation (from installs or from creating
/// it), and each delivered card's activity, so a card can be updated in place and a click maps back to its message.
/// </summary>
internal sealed class ConversationStore(IStateStore store, TimeProvider time)
{
    public async Task<ConversationReference?> FindAsync(string userObjectId, CancellationToken cancellationToken) =>
        (await store.GetAsync<ConversationReference>(ConversationKey(userObjectId), cancellationToken).ConfigureAwait(false))?.Value;

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        store.UpdateAsync<ConversationReference>(
            ConversationKey(reference.UserObjectId),
            current => current is not null && current.ConversationId == reference.ConversationId && current.ServiceUrl == reference.ServiceUrl
                ? null
                : reference with { UpdatedAt = time.GetUtcNow() },
            cancellationToken: cancellationToken);

    public async Task<bool> DropAsync(string userObjectId, CancellationToken cancellationToken) =>
        await store.DeleteAsync(ConversationKey(userObjectId), WriteCondition.None, cancellationToken).ConfigureAwait(false);

    public async Task<DeliveredActivity?> FindDeliveryAsync(string messageId, string recipientId, CancellationToken cancellationToken) =>
        (await store.GetAsync<DeliveredActivity>(DeliveryKey(messageId, recipientId), cancellationToken).ConfigureAwait(false))?.Value;

    public async Task SaveDeliveryAsync(DeliveredActivity delivery, CancellationToken cancellationToken)
    {
        await store.PutAsync(DeliveryKey(delivery.MessageId, delivery.RecipientId), delivery, WriteCondition.None, cancellationToken).ConfigureAwait(false);
        var index = new ActivityIndex(delivery.MessageId, delivery.RecipientId);
        await store.PutAsync(ActivityKey(delivery.ConversationId, delivery.ActivityId), index, WriteCondition.None, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ActivityIndex?> FindActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        (await store.GetAsync<ActivityIndex>(ActivityKey(conversationId, activityId), cancellationToken).ConfigureAwait(false))?.Value;

    // Teams ids hold ':' and ';', which store keys do not allow: the keys use a hash of them.
    private static string ConversationKey(string userObjectId) => StateKeys.Combine("bot", "conversations", Hash(userObjectId));

    private static string DeliveryKey(string messageId, string recipientId) => StateKeys.Combine("bot", "deliveries", Hash(messageId + "|" + recipientId));

    private static string ActivityKey(string conversationId, string activityId) => StateKeys.Combine("bot", "activities", Hash(conversationId + "|" + activityId));

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..40];
}

/// <summary>A person's 1:1 conversation with the bot.</summary>
/// <param name="UserObjectId">The person's Entra object id.</param>
/// <param name="UserId">The person's Teams id (<c>29:…</c>) when known.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ServiceUrl">The Bot Connector address of the person's region.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="ChannelId"><c>msteams</c>.</param>
/// <param name="UpdatedAt">When it was last written.</param>
internal sealed record ConversationReference(
    string UserObjectId, string? UserId, string ConversationId, string ServiceUrl, string TenantId, string ChannelId, DateTimeOffset UpdatedAt);

/// <summary>A card the bot sent: where it is and what it showed.</summary>
internal sealed record DeliveredActivity(
    string DeliveryId, string MessageId, string RecipientId, string ConversationId, string ActivityId, string ServiceUrl, string CardHash);

/// <summary>Maps a sent activity back to its outbox message and recipient.</summary>
internal sealed record ActivityIndex(string MessageId, string RecipientId);
