using System.Globalization;
using Intranet.Extensions.Localization;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>A problem of a round definition: a code with a <c>round.{Code}</c> text in both languages, and its arguments.</summary>
/// <param name="Code">The code.</param>
/// <param name="Arguments">What the text names (a session id, a limit).</param>
internal sealed record RoundProblem(string Code, params object[] Arguments)
{
    public string GetMessage(CultureInfo culture) => HopeDayTexts.Format("round." + Code, culture, Arguments);
}

/// <summary>
/// Checks an organiser's round definition. The service throws the first problem as an argument error (the calling
/// code's mistake); the admin surface lists every problem in the caller's language.
/// </summary>
internal static class RoundValidation
{
    public static void Validate(HopeDayRoundDefinition round, HopeDayOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (Check(round, options) is [var first, ..])
        {
            throw new ArgumentException(first.GetMessage(IntranetCultures.English), nameof(round));
        }
    }

    public static IReadOnlyList<RoundProblem> Check(HopeDayRoundDefinition round, HopeDayOptions options)
    {
        var problems = new List<RoundProblem>();
        void Require(bool condition, string code, params object[] args)
        {
            if (!condition)
            {
                problems.Add(new RoundProblem(code, args));
            }
        }

        Require(HopeDayIds.IsValid(round.Id), "InvalidId", round.Id ?? "");
        Require(!string.IsNullOrWhiteSpace(round.Title?.Korean), "MissingTitle");
        Require(round.SignUpOpensAt < round.SignUpClosesAt, "Window");
        Require(round.Rule is { JuniorYears: >= 0 and <= 50 }, "JuniorYears");
        Require(round.TableSize is >= 2 and <= 20, "TableSize");
        Require(round.Audience is not null, "MissingAudience");
        Require(round.OrganizerIds is not null && round.OrganizerIds.All(id => !string.IsNullOrWhiteSpace(id)), "BlankOrganizer");
        Require(round.Sessions is { Count: > 0 }, "NoSessions");
        if (round.Sessions is not { Count: > 0 } sessions)
        {
            return problems;
        }

        Require(sessions.Count <= options.MaxSessionsPerRound, "TooManySessions", options.MaxSessionsPerRound);
        Require(sessions.Select(s => s?.Id).Distinct(StringComparer.Ordinal).Count() == sessions.Count, "DuplicateSessions");
        foreach (var session in sessions.OfType<HopeDaySessionDefinition>())
        {
            Require(HopeDayIds.IsValid(session.Id), "InvalidSessionId", session.Id ?? "");
            Require(session.StartsAt < session.EndsAt, "SessionTimes", session.Id ?? "");
            Require(session.StartsAt >= round.SignUpClosesAt, "SessionBeforeClose", session.Id ?? "");
            Require(!string.IsNullOrWhiteSpace(session.Place?.Korean), "MissingPlace", session.Id ?? "");
            Require(session.JuniorSeats >= 0 && session.SeniorSeats >= 0 && session.JuniorSeats + session.SeniorSeats > 0, "NoSeats", session.Id ?? "");
            Require(session.JuniorSeats + session.SeniorSeats <= options.MaxSeatsPerSession, "TooManySeats", session.Id ?? "", options.MaxSeatsPerSession);
        }

        return problems;
    }
}
