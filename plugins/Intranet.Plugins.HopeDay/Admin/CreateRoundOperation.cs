using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Rounds;
using Microsoft.Extensions.Options;
using static Intranet.Plugins.HopeDay.Admin.HopeDayAdmin;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// <c>POST /admin/api/hopeday/create-round</c> with the round as JSON (sessions, sign-up window, mix rule):
/// creates it through <see cref="IHopeDay"/>, which schedules invitations, tables, reminders and feedback. Every
/// problem comes back at once, in the caller's language, and nothing is stored. Sending the same round again is
/// harmless (<c>created: false</c>); a different round under an existing id is refused.
/// </summary>
internal sealed class CreateRoundOperation(IHopeDay hopeDay, IDirectory directory, IOrganizationContext organization, IOptions<HopeDayOptions> options)
    : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        var culture = request.Culture;
        var reader = new RoundRequestReader(organization.TimeZone);
        var round = reader.Read(request.Body, request.Caller.Id);
        if (round is null)
        {
            return Problems(InvalidRound, culture, reader.Errors.Select(e => HopeDayTexts.Format("error." + e.Code, culture, e.Path)));
        }

        if (RoundValidation.Check(round, options.Value) is { Count: > 0 } problems)
        {
            return Problems(InvalidRound, culture, problems.Select(p => p.GetMessage(culture)));
        }

        if (await hopeDay.GetRoundAsync(round.Id, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Same(existing.Round, round) ? Created(existing.Round, created: false) : Error(409, RoundExists, culture);
        }

        foreach (var organizer in round.OrganizerIds)
        {
            if (await directory.FindAsync(organizer, cancellationToken).ConfigureAwait(false) is null)
            {
                return Error(400, UnknownOrganizer, culture, organizer);
            }
        }

        if (!await AnyoneAsync(round.Audience, cancellationToken).ConfigureAwait(false))
        {
            return Error(400, HopeDayErrors.NoInvitees, culture);
        }

        HopeDayRoundDefinition stored;
        try
        {
            stored = await hopeDay.CreateRoundAsync(round, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return Problems(InvalidRound, culture, [e.Message]);
        }

        // Someone created a different round under this id a moment earlier: theirs stands.
        return Same(stored, round) ? Created(stored, created: true) : Error(409, RoundExists, culture);
    }

    private async Task<bool> AnyoneAsync(Audience audience, CancellationToken cancellationToken)
    {
        await foreach (var _ in directory.ResolveAsync(audience, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    private static bool Same(HopeDayRoundDefinition a, HopeDayRoundDefinition b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    private static AdminResult Created(HopeDayRoundDefinition round, bool created) => AdminResult.Json(new JsonObject
    {
        ["roundId"] = round.Id,
        ["created"] = created,
        ["sessions"] = round.Sessions.Count,
        ["signUpOpensAt"] = round.SignUpOpensAt,
        ["signUpClosesAt"] = round.SignUpClosesAt,
        ["organizerIds"] = new JsonArray([.. round.OrganizerIds.Select(id => JsonValue.Create(id))]),
    });
}
