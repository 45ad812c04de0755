using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;
using Intranet.Plugins.HopeDay.Tables;

namespace Intranet.Plugins.HopeDay;

/// <summary>
/// Sends each person their own card (their state in the round, with a line saying why it came) through the
/// outbox. One message per person and occasion, with a stable id, so a retried job or click never sends twice.
/// </summary>
internal sealed class HopeDayNotifier(IOutbox outbox, ParticipantViews views, IOrganizationContext organization)
{
    public Task PromotedAsync(RoundDocument round, StaffMember person, string ticket, CancellationToken cancellationToken) =>
        SendStateAsync(round, person, CardNotice.Promoted, $"hopeday-{round.Id}-promoted-{person.Id}-{ticket}", "promoted", cancellationToken);

    /// <summary>Sends the person's state card.</summary>
    public async Task SendStateAsync(
        RoundDocument round, StaffMember person, CardNotice notice, string messageId, string cardName, CancellationToken cancellationToken,
        IReadOnlyList<SessionAvailability>? availability = null, RoundTables? tables = null)
    {
        var view = await views.BuildAsync(round, person, cancellationToken, availability, tables).ConfigureAwait(false);
        var zone = organization.TimeZone;
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = messageId,
            PluginId = HopeDayPlugin.Descriptor.Id,
            CardName = cardName,
            Audience = Audience.Users(person.Id),
            Card = culture => ParticipantCards.State(view, culture, zone, notice),
        }, cancellationToken).ConfigureAwait(false);
    }
}
