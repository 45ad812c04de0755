using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.HopeDay.Reports;
using static Intranet.Plugins.HopeDay.Cards.HopeDayCardKit;

namespace Intranet.Plugins.HopeDay.Cards;

/// <summary>The organisers' cards: the round report, attendance per session, and the anonymous comments.</summary>
internal static class OrganiserCards
{
    public const int CommentsPerPage = 10;

    public static AdaptiveCard Report(
        HopeDayReport report, IReadOnlyList<string> organizerIds, DateTimeOffset now, CultureInfo culture, TimeZoneInfo zone,
        IReadOnlyList<ExportLink>? exports = null)
    {
        var feedback = report.Feedback;
        var card = Card(T("report.fallback", culture),
        [
            Title(T("report.title", culture)),
            RoundTitle(report.Title, culture),
            new FactSet
            {
                Facts =
                [
                    new Fact(T("report.state", culture), T("report.state." + report.State, culture)),
                    new Fact(T("invite.closes", culture), Instant(report.SignUpClosesAt, culture, zone)),
                    new Fact(T("report.feedback", culture), FeedbackLine(feedback, culture)),
                ],
            },
        ]);

        foreach (var session in report.Sessions)
        {
            var container = new Container
            {
                Style = ContainerStyle.Emphasis,
                Separator = true,
                Items =
                [
                    new TextBlock(SessionTime(session.Session, culture, zone)) { Weight = TextWeight.Bolder },
                    CardText.Verbatim(session.Session.Place.Get(culture), 200, isSubtle: true),
                    new FactSet
                    {
                        Facts =
                        [
                            new Fact(GroupName(SeniorityGroup.Junior, culture), Fill(session.Junior, culture)),
                            new Fact(GroupName(SeniorityGroup.Senior, culture), Fill(session.Senior, culture)),
                            new Fact(T("report.attendance", culture), session.Attended is { } attended
                                ? F("report.attended", culture, attended, session.Junior.Confirmed + session.Senior.Confirmed)
                                : T("report.attendance.none", culture)),
                            new Fact(T("report.feedback", culture), FeedbackLine(session.Feedback, culture)),
                        ],
                    },
                ],
            };
            if (session.Session.StartsAt <= now)
            {
                container.Items.Add(new ActionSet
                {
                    Actions = [Execute("attendance-form", T("report.attendance.record", culture), Data(report.RoundId, ("sessionId", session.Session.Id)))],
                });
            }

            card.Body.Add(container);
        }

        foreach (var export in exports ?? [])
        {
            card.Actions.Add(new OpenUrlAction { Title = T("report.export." + export.Name, culture), Url = export.Link.AbsoluteUri });
        }

        if (report.State == RoundState.Open)
        {
            card.Actions.Add(Execute("close", T("report.close", culture), Data(report.RoundId), ActionStyle.Destructive));
        }

        if (exports is null)
        {
            card.Actions.Add(Execute("export", T("report.export", culture), Data(report.RoundId)));
        }

        if (feedback.Comments.Count > 0)
        {
            card.Actions.Add(Execute("comments", T("report.comments", culture), Data(report.RoundId)));
        }

        card.Refresh = new CardRefresh
        {
            Action = new ExecuteAction("hopeday.report") { Data = Data(report.RoundId) },
            UserIds = [.. organizerIds.Take(CardRefresh.MaxUserIds)],
        };
        return card;
    }

    public static AdaptiveCard Attendance(HopeDayReport report, SessionReport session, CultureInfo culture, TimeZoneInfo zone)
    {
        var card = Card(T("attendance.title", culture),
        [
            Title(T("attendance.title", culture)),
            RoundTitle(report.Title, culture),
            new TextBlock(SessionTime(session.Session, culture, zone)) { Weight = TextWeight.Bolder },
            Text(T("attendance.intro", culture), subtle: true),
        ]);
        var confirmed = session.Participants.Where(p => p.State == ParticipationState.Confirmed).ToList();
        if (confirmed.Count == 0)
        {
            card.Body.Add(Text(T("attendance.empty", culture)));
        }

        foreach (var person in confirmed)
        {
            card.Body.Add(new ToggleInput
            {
                Id = "att." + person.PersonId,
                Title = $"{person.Name} · {person.Department ?? ""} · {GroupName(person.Group, culture)}",
                Value = person.Attended == false ? "false" : "true",
                ValueOn = "true",
                ValueOff = "false",
            });
        }

        card.Actions.Add(Execute("attendance", T("attendance.save", culture), Data(report.RoundId, ("sessionId", session.Session.Id)), ActionStyle.Positive, withInputs: true));
        card.Actions.Add(Execute("report", T("attendance.back", culture), Data(report.RoundId)));
        return card;
    }

    public static AdaptiveCard Comments(HopeDayReport report, int page, CultureInfo culture, TimeZoneInfo zone)
    {
        var comments = report.Feedback.Comments;
        var pages = Math.Max(1, (comments.Count + CommentsPerPage - 1) / CommentsPerPage);
        page = Math.Clamp(page, 1, pages);
        var card = Card(T("comments.title", culture),
        [
            Title(T("comments.title", culture)),
            RoundTitle(report.Title, culture),
            Text(T("comments.anonymous", culture), subtle: true),
            new FactSet
            {
                Facts =
                [
                    new Fact(T("report.feedback", culture), FeedbackLine(report.Feedback, culture)),
                    .. Enumerable.Range(1, 5).Reverse().Select(r => new Fact(T($"feedback.rating.{r}", culture), report.Feedback.Distribution[r - 1].ToString(culture))),
                ],
            },
        ]);

        var sessions = report.Sessions.ToDictionary(s => s.Session.Id, s => s.Session);
        foreach (var comment in comments.Skip((page - 1) * CommentsPerPage).Take(CommentsPerPage))
        {
            var when = sessions.TryGetValue(comment.SessionId, out var session) ? SessionTime(session, culture, zone) : comment.SessionId;
            card.Body.Add(new Container
            {
                Separator = true,
                Items = [Text(F("comments.meta", culture, when, comment.Rating), subtle: true), CardText.Verbatim(comment.Comment, FeedbackLimits.MaxCommentLength)],
            });
        }

        if (comments.Count == 0)
        {
            card.Body.Add(Text(T("comments.empty", culture)));
        }

        card.Body.Add(Text(F("comments.page", culture, page, pages), subtle: true));
        if (page > 1)
        {
            card.Actions.Add(Execute("comments", T("comments.previous", culture), Data(report.RoundId, ("page", (page - 1).ToString(CultureInfo.InvariantCulture)))));
        }

        if (page < pages)
        {
            card.Actions.Add(Execute("comments", T("comments.next", culture), Data(report.RoundId, ("page", (page + 1).ToString(CultureInfo.InvariantCulture)))));
        }

        card.Actions.Add(Execute("report", T("attendance.back", culture), Data(report.RoundId)));
        return card;
    }

    private static string Fill(GroupFill fill, CultureInfo culture) => F("report.fill", culture, fill.Confirmed, fill.Seats, fill.Waitlisted);

    private static string FeedbackLine(FeedbackSummary summary, CultureInfo culture) =>
        summary.Average is { } average ? F("report.feedback.line", culture, summary.Count, average) : T("report.feedback.none", culture);
}
