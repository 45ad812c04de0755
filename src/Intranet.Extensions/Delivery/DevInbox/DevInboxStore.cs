using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Delivery.DevInbox;

/// <summary>The dev inbox's cards, kept in the state store under <c>devinbox/{userId}/{itemId}</c>.</summary>
public sealed class DevInboxStore(IStateStore store, TimeProvider time)
{
    /// <summary>Stores a delivered card once; false when that delivery was already there.</summary>
    public async Task<bool> AddAsync(DevInboxItem item, CancellationToken cancellationToken = default) =>
        await store.TryPutAsync(Key(item.UserId, item.Id), item, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>A person's cards, newest first.</summary>
    public async Task<IReadOnlyList<DevInboxItem>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var items = new List<DevInboxItem>();
        await foreach (var entry in store.ListAsync<DevInboxItem>(StateKeys.Combine("devinbox", userId) + "/", cancellationToken).ConfigureAwait(false))
        {
            items.Add(entry.Value);
        }

        return [.. items.OrderByDescending(i => i.DeliveredAt).ThenByDescending(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>One card of a person's inbox, or <see langword="null"/>.</summary>
    public async Task<DevInboxItem?> FindAsync(string userId, string itemId, CancellationToken cancellationToken = default) =>
        (await store.GetAsync<DevInboxItem>(Key(userId, itemId), cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Replaces the card of an item, as Teams replaces a card with the one an action returns.</summary>
    public async Task<DevInboxItem?> ReplaceCardAsync(string userId, string itemId, AdaptiveCard card, CancellationToken cancellationToken = default)
    {
        var json = card.ToJsonObject();
        var now = time.GetUtcNow();
        var updated = await store.UpdateAsync<DevInboxItem>(
            Key(userId, itemId), current => current is null ? null : current with { Card = json, UpdatedAt = now },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return updated?.Value;
    }

    private static string Key(string userId, string itemId) => StateKeys.Combine("devinbox", userId, itemId);
}
