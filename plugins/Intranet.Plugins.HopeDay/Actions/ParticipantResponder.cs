using Intranet.Extensions.Actions;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary>Answers a participant's click with their card as it stands after the click.</summary>
internal sealed class ParticipantResponder(RoundReader rounds, ParticipantViews views, IOrganizationContext organization)
{
    public async Task<CardActionResult> CardAsync(string? roundId, StaffMember actor, CardActionContext context, CardNotice notice, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var view = await views.BuildAsync(round, actor, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Update(ParticipantCards.State(view, context.Culture, organization.TimeZone, notice));
    }
}
