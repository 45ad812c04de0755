namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>Checks an organiser's round definition; mistakes are the calling code's, so they are argument errors.</summary>
internal static class RoundValidation
{
    public static void Validate(HopeDayRoundDefinition round, HopeDayOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        Require(HopeDayIds.IsValid(round.Id), $"Round id '{round.Id}' must be 1–64 letters, digits, '_', '@' or '-'.");
        Require(!string.IsNullOrWhiteSpace(round.Title?.Korean), "The round needs a title.");
        Require(round.SignUpOpensAt < round.SignUpClosesAt, "Sign-up must open before it closes.");
        Require(round.Rule is { JuniorYears: >= 0 and <= 50 }, "The mix rule's JuniorYears must be 0–50.");
        Require(round.TableSize is >= 2 and <= 20, "TableSize must be 2–20.");
        Require(round.Sessions is { Count: > 0 }, "The round needs at least one session.");
        Require(round.Sessions.Count <= options.MaxSessionsPerRound, $"A round has at most {options.MaxSessionsPerRound} sessions.");
        Require(round.Sessions.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() == round.Sessions.Count, "Session ids must be unique.");
        Require(round.Audience is not null, "The round needs an audience.");
        Require(round.OrganizerIds.All(id => !string.IsNullOrWhiteSpace(id)), "Organiser ids must not be blank.");
        foreach (var session in round.Sessions)
        {
            Require(HopeDayIds.IsValid(session.Id), $"Session id '{session.Id}' must be 1–64 letters, digits, '_', '@' or '-'.");
            Require(session.StartsAt < session.EndsAt, $"Session '{session.Id}' must start before it ends.");
            Require(session.StartsAt >= round.SignUpClosesAt, $"Session '{session.Id}' must start after sign-up closes, when its tables are formed.");
            Require(!string.IsNullOrWhiteSpace(session.Place?.Korean), $"Session '{session.Id}' needs a place.");
            Require(session.JuniorSeats >= 0 && session.SeniorSeats >= 0 && session.JuniorSeats + session.SeniorSeats > 0,
                $"Session '{session.Id}' needs seats.");
            Require(session.JuniorSeats + session.SeniorSeats <= options.MaxSeatsPerSession,
                $"Session '{session.Id}' has more than {options.MaxSeatsPerSession} seats.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, "round");
        }
    }
}
