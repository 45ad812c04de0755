using System.Text.Json.Nodes;
using Intranet.Extensions.Scheduling;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>The durable jobs of a round: ids and due times. Ids are stable, so scheduling again only moves a job.</summary>
internal static class RoundJobs
{
    public const string Open = "open";
    public const string Close = "close";
    public const string Remind = "remind";
    public const string AskFeedback = "ask-feedback";

    public const string Eve = "eve";
    public const string Morning = "morning";

    public static IEnumerable<ScheduledJob> For(HopeDayRoundDefinition round, TimeZoneInfo zone, HopeDayOptions options)
    {
        yield return Job(round.Id, null, Open, round.SignUpOpensAt);
        yield return Job(round.Id, null, Close, round.SignUpClosesAt);
        foreach (var session in round.Sessions)
        {
            var (eve, morning) = ReminderTimes(session, zone, options);
            yield return Job(round.Id, session.Id, Remind, eve, Eve);
            yield return Job(round.Id, session.Id, Remind, morning, Morning);
            yield return Job(round.Id, session.Id, AskFeedback, session.EndsAt + options.FeedbackDelay);
        }
    }

    /// <summary>The day-before and same-morning reminder instants of a session, in the organisation's time zone.</summary>
    public static (DateTimeOffset Eve, DateTimeOffset Morning) ReminderTimes(HopeDaySessionDefinition session, TimeZoneInfo zone, HopeDayOptions options)
    {
        var start = TimeZoneInfo.ConvertTime(session.StartsAt, zone);
        var eve = Local(start.Date.AddDays(-1) + options.EveReminderTime, zone);
        var morning = Local(start.Date + options.MorningReminderTime, zone);
        if (morning > session.StartsAt - TimeSpan.FromMinutes(30))
        {
            morning = session.StartsAt - TimeSpan.FromHours(1);
        }

        return (eve, morning);
    }

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));

    private static ScheduledJob Job(string roundId, string? sessionId, string kind, DateTimeOffset dueAt, string? variant = null)
    {
        var id = string.Join('.', new[] { "hopeday", roundId, sessionId, kind, variant }.Where(p => p is not null));
        var data = new JsonObject { ["roundId"] = roundId };
        if (sessionId is not null)
        {
            data["sessionId"] = sessionId;
        }

        if (variant is not null)
        {
            data["variant"] = variant;
        }

        return new ScheduledJob(id, $"hopeday.{kind}", dueAt, data);
    }
}
