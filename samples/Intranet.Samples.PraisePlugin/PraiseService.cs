using System.Globalization;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Samples.PraisePlugin.Cards;
using Intranet.Samples.PraisePlugin.Model;
using Microsoft.Extensions.Options;

namespace Intranet.Samples.PraisePlugin;

/// <summary>Sends and thanks praise: the state change first (ETag-conditioned), then cards through the outbox.</summary>
internal sealed class PraiseService(IStateStore store, IOutbox outbox, IDirectory directory, TimeProvider time, IOptions<PraiseOptions> options)
{
    /// <summary>
    /// Records a praise and delivers it. The id comes from the compose card, so a second click on the same
    /// card finds the praise already there and sends nothing twice.
    /// </summary>
    public async Task<Praise> SendAsync(string praiseId, StaffMember from, string? toId, string? message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(toId))
        {
            throw new CardActionException("MissingColleague");
        }

        var text = message?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new CardActionException("MissingMessage");
        }

        if (text.Length > options.Value.MaxMessageLength)
        {
            throw new CardActionException("MessageTooLong");
        }

        var to = await directory.FindAsync(toId, cancellationToken) ?? throw new CardActionException("UnknownColleague");
        if (to.Id == from.Id)
        {
            throw new CardActionException("SelfPraise");
        }

        var praise = new Praise(praiseId, from.Id, from.DisplayName, from.Department, to.Id, to.DisplayName, text, time.GetUtcNow());
        var stored = await store.UpdateAsync<Praise>(Key(praiseId), existing => existing is null ? praise : null, cancellationToken: cancellationToken);
        praise = stored!.Value;

        await SendCardAsync(praise, "received", praise.ToId, PraiseCards.Received, cancellationToken);
        if (options.Value.NotifyDepartmentHead && to.ManagerId is { } head && head != from.Id)
        {
            await SendCardAsync(praise, "head-notice", head, PraiseCards.HeadNotice, cancellationToken);
        }

        return praise;
    }

    /// <summary>The colleague thanks back, once; the sender gets a card saying so.</summary>
    public async Task<Praise> ThankAsync(string praiseId, StaffMember actor, CancellationToken cancellationToken)
    {
        var current = await FindAsync(praiseId, cancellationToken) ?? throw new CardActionException("UnknownPraise");
        if (current.ToId != actor.Id)
        {
            throw new CardActionException("NotYourPraise");
        }

        var now = time.GetUtcNow();
        var updated = (await store.UpdateAsync<Praise>(
            Key(praiseId), p => p is { ThankedAt: null } ? p with { ThankedAt = now } : null, cancellationToken: cancellationToken))!.Value;

        await SendCardAsync(updated, "thanked", updated.FromId, PraiseCards.Thanked, cancellationToken);
        return updated;
    }

    /// <summary>A praise by id, or <see langword="null"/>.</summary>
    public async Task<Praise?> FindAsync(string praiseId, CancellationToken cancellationToken) =>
        (await store.GetAsync<Praise>(Key(praiseId), cancellationToken))?.Value;

    // The message id is fixed per praise and card, so a retried action never sends a card twice.
    private Task SendCardAsync(Praise praise, string cardName, string recipientId, Func<Praise, CultureInfo, AdaptiveCard> card, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutboxMessage
        {
            Id = $"praise-{praise.Id}-{cardName}",
            PluginId = PraisePlugin.Descriptor.Id,
            CardName = cardName,
            Audience = Audience.Users(recipientId),
            Card = culture => card(praise, culture),
        }, cancellationToken);

    private static string Key(string praiseId) => StateKeys.Combine("praise", "items", praiseId);
}
