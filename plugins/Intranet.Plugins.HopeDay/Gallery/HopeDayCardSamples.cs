using Intranet.Extensions.Gallery;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Gallery;

/// <summary>Every Hope Day card, in every state worth seeing, with sample data.</summary>
internal sealed class HopeDayCardSamples : ICardSampleProvider
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset Open = new(2026, 3, 5, 10, 0, 0, Kst);

    private static readonly HopeDaySessionDefinition[] Sessions =
    [
        new("s1", new(2026, 3, 19, 14, 0, 0, Kst), new(2026, 3, 19, 16, 0, 0, Kst), new("본관 3층 소통마루", "City Hall 3F, Sotong Maru"), 15, 15),
        new("s2", new(2026, 3, 24, 10, 0, 0, Kst), new(2026, 3, 24, 12, 0, 0, Kst), new("행복1동 행정복지센터 2층 <회의실>", "Haengbok 1-dong centre, 2F meeting room"), 10, 10),
        new("s3", new(2026, 3, 26, 15, 0, 0, Kst), new(2026, 3, 26, 17, 0, 0, Kst), new("시청 별관 **카페** 쉼표", "Annex café *Comma*"), 10, 10),
    ];

    private static readonly RoundDocument Round = new()
    {
        Definition = new HopeDayRoundDefinition
        {
            Id = "2026-h1",
            Title = new("2026년 상반기 희망데이", "Hope Day, first half of 2026"),
            SignUpOpensAt = new(2026, 3, 2, 9, 0, 0, Kst),
            SignUpClosesAt = new(2026, 3, 16, 18, 0, 0, Kst),
            Rule = new MixRule(3, new DateOnly(2026, 3, 2)),
            Sessions = Sessions,
            OrganizerIds = ["u-organiser"],
        },
        JobsScheduled = true,
    };

    private static readonly RoundDocument Closed = Round with { State = RoundState.Closed, ClosedAt = Round.Definition.SignUpClosesAt };

    private static readonly SessionAvailability[] Availability =
    [
        new(Sessions[0], 0, 4, 3, 0),
        new(Sessions[1], 6, 2, 0, 0),
        new(Sessions[2], 9, 0, 0, 1),
    ];

    private static readonly TableView Table = new(2,
    [
        new("김하늘", "민원여권과", SeniorityGroup.Junior, true),
        new("Emma Lee", "행복1동 행정복지센터", SeniorityGroup.Junior, false),
        new("박도윤", "복지정책과", SeniorityGroup.Senior, false),
        new("최지우", "안전총괄과", SeniorityGroup.Senior, false),
        new("정하준", "행정지원과", SeniorityGroup.Senior, false),
        new("강서윤", "새봄동 행정복지센터", SeniorityGroup.Senior, false),
    ]);

    public IEnumerable<CardSample> GetSamples()
    {
        var none = View(Round, ParticipationState.None, Open);
        var confirmed = View(Round, ParticipationState.Confirmed, Open) with { CalendarLink = new Uri("http://127.0.0.1:5080/documents/hopeday/calendar/sample.ics") };
        var waitlisted = View(Round, ParticipationState.Waitlisted, Open);
        var seated = View(Closed, ParticipationState.Confirmed, Round.Definition.SignUpClosesAt.AddMinutes(5)) with
        {
            Table = Table,
            CalendarLink = confirmed.CalendarLink,
        };
        var ended = seated with { Now = Sessions[0].EndsAt.AddHours(1) };

        yield return Participant("invitation", none, CardNotice.None);
        yield return Participant("invitation-not-open", none with { Now = Round.Definition.SignUpOpensAt.AddDays(-1) }, CardNotice.None);
        yield return Participant("invitation-cancelled", View(Round, ParticipationState.Cancelled, Open), CardNotice.Cancelled);
        yield return Participant("invitation-closed", View(Closed, ParticipationState.None, Round.Definition.SignUpClosesAt.AddHours(1)), CardNotice.None);
        yield return Participant("confirmed", confirmed, CardNotice.None);
        yield return Participant("promoted", confirmed, CardNotice.Promoted);
        yield return Participant("waitlisted", waitlisted, CardNotice.None);
        yield return Participant("waitlist-closed", View(Closed, ParticipationState.Waitlisted, seated.Now), CardNotice.WaitlistAtClose);
        yield return Participant("table", seated, CardNotice.Tables);
        yield return Participant("reminder-eve", seated with { Now = Sessions[0].StartsAt.AddHours(-28) }, CardNotice.ReminderEve);
        yield return Participant("reminder-morning", seated with { Now = Sessions[0].StartsAt.AddHours(-5) }, CardNotice.ReminderMorning);
        yield return Participant("feedback", ended, CardNotice.Feedback);
        yield return Participant("feedback-thanks", ended with { FeedbackGiven = true }, CardNotice.None);

        var report = Report();
        var reportTime = Sessions[0].EndsAt.AddDays(1);
        yield return new("hopeday", "organiser-report", c => OrganiserCards.Report(report with { State = RoundState.Open }, ["u-organiser"], Open, c, Seoul));
        yield return new("hopeday", "organiser-report-closed", c => OrganiserCards.Report(report, ["u-organiser"], reportTime, c, Seoul));
        yield return new("hopeday", "organiser-report-exported", c => OrganiserCards.Report(report, ["u-organiser"], reportTime, c, Seoul,
            [.. ExportService.Names.Select(n => new ExportLink(n, new Uri($"http://127.0.0.1:5080/documents/hopeday/exports/2026-h1/{n}.csv")))]));
        yield return new("hopeday", "attendance", c => OrganiserCards.Attendance(report, report.Sessions[0], c, Seoul));
        yield return new("hopeday", "comments", c => OrganiserCards.Comments(report, 1, c, Seoul));
    }

    private static CardSample Participant(string name, ParticipantView view, CardNotice notice) =>
        new("hopeday", name, c => ParticipantCards.State(view, c, Seoul, notice));

    private static ParticipantView View(RoundDocument round, ParticipationState state, DateTimeOffset now) => new()
    {
        Round = round,
        Place = new HopeDayPlace(round.Id, "u-sample", SeniorityGroup.Junior, state,
            state == ParticipationState.None ? null : "s1", state == ParticipationState.Waitlisted ? 2 : null),
        Sessions = Availability,
        Now = now,
    };

    private static HopeDayReport Report()
    {
        FeedbackComment[] comments =
        [
            new("s1", 5, "선배님들의 민원 응대 노하우를 들을 수 있어서 좋았습니다. <b>다음에도</b> 참여하고 싶어요!"),
            new("s1", 4, "Great conversation, but the room was a bit noisy."),
            new("s1", 3, "=시간이 조금 짧았어요, \"다음엔\" 2시간 이상이면 좋겠습니다."),
        ];
        var feedback = new FeedbackSummary(9, 4.33, [0, 0, 1, 4, 4], comments);
        ParticipantLine[] lines =
        [
            new("u1", "김하늘", "민원여권과", SeniorityGroup.Junior, ParticipationState.Confirmed, null, 2, true),
            new("u2", "Emma Lee", "행복1동 행정복지센터", SeniorityGroup.Junior, ParticipationState.Confirmed, null, 2, false),
            new("u3", "박도윤", "복지정책과", SeniorityGroup.Senior, ParticipationState.Confirmed, null, 2, true),
            new("u4", "최지우", "안전총괄과", SeniorityGroup.Senior, ParticipationState.Waitlisted, 1, null, null),
        ];
        return new HopeDayReport("2026-h1", Round.Definition.Title, RoundState.Closed, Round.Definition.SignUpClosesAt,
        [
            new SessionReport(Sessions[0], new GroupFill(15, 15, 3), new GroupFill(15, 11, 0), 24, feedback, lines),
            new SessionReport(Sessions[1], new GroupFill(10, 4, 0), new GroupFill(10, 8, 0), null, new FeedbackSummary(0, null, [0, 0, 0, 0, 0], []), []),
            new SessionReport(Sessions[2], new GroupFill(10, 1, 0), new GroupFill(10, 10, 1), null, new FeedbackSummary(0, null, [0, 0, 0, 0, 0], []), []),
        ], feedback);
    }
}
