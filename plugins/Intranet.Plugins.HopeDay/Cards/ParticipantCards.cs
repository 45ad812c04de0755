using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.HopeDay.SignUp;
using static Intranet.Plugins.HopeDay.Cards.HopeDayCardKit;

namespace Intranet.Plugins.HopeDay.Cards;

/// <summary>
/// A person's Hope Day card: the same card shows the invitation, a confirmed seat, a waitlist place, the table
/// and the feedback form, whichever fits the person's state now. It refreshes for its recipient, so every
/// copy (the invitation, a reminder, a promotion) shows that person's current state.
/// </summary>
internal static class ParticipantCards
{
    public static AdaptiveCard State(ParticipantView view, CultureInfo culture, TimeZoneInfo zone, CardNotice notice = CardNotice.None)
    {
        var body = new List<CardElement> { Title(T("card.title", culture)), RoundTitle(view.Round.Definition.Title, culture) };
        if (notice != CardNotice.None)
        {
            body.Add(new Container
            {
                Style = notice is CardNotice.Cancelled or CardNotice.WaitlistAtClose ? ContainerStyle.Warning : ContainerStyle.Good,
                Items = [Text(T("notice." + notice, culture))],
            });
        }

        var card = Card(Fallback(view, culture), body);
        switch (view.Place.State)
        {
            case ParticipationState.Confirmed when view.SessionEnded:
                Feedback(card, view, culture, zone);
                break;
            case ParticipationState.Confirmed:
                Confirmed(card, view, culture, zone);
                break;
            case ParticipationState.Waitlisted:
                Waitlisted(card, view, culture, zone, notice);
                break;
            default:
                Invitation(card, view, culture, zone);
                break;
        }

        card.Refresh = new CardRefresh
        {
            Action = new ExecuteAction("hopeday.view") { Data = Data(view.Round.Id, ("notice", notice == CardNotice.None ? null : notice.ToString())) },
            UserIds = [view.Place.PersonId],
        };
        return card;
    }

    private static void Invitation(AdaptiveCard card, ParticipantView view, CultureInfo culture, TimeZoneInfo zone)
    {
        var round = view.Round.Definition;
        if (!view.IsSignUpOpen)
        {
            var opensLater = view.Round.State == RoundState.Open && view.Now < round.SignUpOpensAt;
            card.Body.Add(Text(opensLater ? F("invite.opens", culture, Instant(round.SignUpOpensAt, culture, zone)) : T("invite.closed", culture), subtle: !opensLater));
            if (!opensLater)
            {
                return;
            }
        }
        else
        {
            card.Body.Add(Text(T("invite.intro", culture)));
            card.Body.Add(new FactSet
            {
                Facts =
                [
                    new Fact(T("invite.group", culture), GroupName(view.Place.Group, culture)),
                    new Fact(T("invite.closes", culture), Instant(round.SignUpClosesAt, culture, zone)),
                ],
            });
        }

        foreach (var available in view.Sessions.Where(s => s.Session.StartsAt > view.Now))
        {
            var session = available.Session;
            var container = new Container
            {
                Style = ContainerStyle.Emphasis,
                Separator = true,
                Items =
                [
                    new TextBlock(SessionTime(session, culture, zone)) { Weight = TextWeight.Bolder },
                    CardText.Verbatim(session.Place.Get(culture), 200, isSubtle: true),
                    Text(Seats(available, SeniorityGroup.Junior, culture) + " · " + Seats(available, SeniorityGroup.Senior, culture)),
                ],
            };
            if (view.IsSignUpOpen)
            {
                var hasSeat = available.LeftFor(view.Place.Group) > 0;
                container.Items.Add(new ActionSet
                {
                    Actions =
                    [
                        Execute("signup", T(hasSeat ? "invite.signup" : "invite.waitlist", culture), Data(view.Round.Id, ("sessionId", session.Id)),
                            hasSeat ? ActionStyle.Positive : null),
                    ],
                });
            }

            card.Body.Add(container);
        }
    }

    private static void Confirmed(AdaptiveCard card, ParticipantView view, CultureInfo culture, TimeZoneInfo zone)
    {
        var session = view.Session!;
        card.Body.Add(new TextBlock(T("confirmed.title", culture)) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        AddSession(card, session, view.Place.Group, culture, zone);
        if (view.Table is { } table)
        {
            card.Body.Add(new TextBlock(F("table.title", culture, table.Number)) { Weight = TextWeight.Bolder, Separator = true });
            card.Body.Add(new FactSet
            {
                Facts = [.. table.Mates.Select(m => new Fact(
                    m.IsYou ? F("table.you", culture, m.Name) : m.Name,
                    $"{m.Department ?? ""} · {GroupName(m.Group, culture)}"))],
            });
        }

        if (view.CalendarLink is { } link)
        {
            card.Actions.Add(new OpenUrlAction { Title = T("confirmed.calendar", culture), Url = link.AbsoluteUri });
        }

        AddChanges(card, view, culture, zone);
    }

    private static void Waitlisted(AdaptiveCard card, ParticipantView view, CultureInfo culture, TimeZoneInfo zone, CardNotice notice)
    {
        var session = view.Session!;
        card.Body.Add(new TextBlock(F("waitlisted.title", culture, view.Place.WaitlistPosition, GroupName(view.Place.Group, culture)))
        {
            Color = TextColor.Warning,
            Weight = TextWeight.Bolder,
        });
        AddSession(card, session, view.Place.Group, culture, zone);
        if (notice != CardNotice.WaitlistAtClose)
        {
            card.Body.Add(Text(T(view.IsSignUpOpen ? "waitlisted.body" : "waitlisted.closed", culture), subtle: true));
        }

        AddChanges(card, view, culture, zone);
    }

    private static void Feedback(AdaptiveCard card, ParticipantView view, CultureInfo culture, TimeZoneInfo zone)
    {
        AddSession(card, view.Session!, view.Place.Group, culture, zone);
        if (view.FeedbackGiven)
        {
            card.Body.Add(new TextBlock(T("feedback.thanks", culture)) { Color = TextColor.Good, Weight = TextWeight.Bolder });
            return;
        }

        card.Body.Add(new TextBlock(T("feedback.title", culture)) { Weight = TextWeight.Bolder, Separator = true });
        card.Body.Add(Text(T("feedback.anonymous", culture), subtle: true));
        card.Body.Add(new ChoiceSetInput
        {
            Id = "rating",
            Label = T("feedback.rating.label", culture),
            Style = ChoiceSetStyle.Expanded,
            IsRequired = true,
            ErrorMessage = T("feedback.rating.error", culture),
            Choices = [.. Enumerable.Range(1, 5).Reverse().Select(r => new Choice(T($"feedback.rating.{r}", culture), r.ToString(CultureInfo.InvariantCulture)))],
        });
        card.Body.Add(new TextInput
        {
            Id = "comment",
            Label = T("feedback.comment.label", culture),
            Placeholder = T("feedback.comment.placeholder", culture),
            IsMultiline = true,
            MaxLength = FeedbackLimits.MaxCommentLength,
        });
        card.Actions.Add(Execute("feedback", T("feedback.send", culture), Data(view.Round.Id), ActionStyle.Positive, withInputs: true));
    }

    private static void AddSession(AdaptiveCard card, HopeDaySessionDefinition session, SeniorityGroup group, CultureInfo culture, TimeZoneInfo zone)
    {
        card.Body.Add(new FactSet
        {
            Facts =
            [
                new Fact(T("session.when", culture), SessionTime(session, culture, zone)),
                new Fact(T("invite.group", culture), GroupName(group, culture)),
            ],
        });
        card.Body.Add(new RichTextBlock
        {
            Inlines = [new TextRun(T("session.where", culture) + " ") { Weight = TextWeight.Bolder }, new TextRun(CardText.Truncate(session.Place.Get(culture), 200))],
        });
    }

    // Cancel while the session has not started; switch while sign-up is open and another session is ahead.
    private static void AddChanges(AdaptiveCard card, ParticipantView view, CultureInfo culture, TimeZoneInfo zone)
    {
        if (view.SessionStarted)
        {
            return;
        }

        var others = view.Sessions.Where(s => s.Session.Id != view.Place.SessionId && s.Session.StartsAt > view.Now).ToList();
        if (view.IsSignUpOpen && others.Count > 0)
        {
            card.Body.Add(new ChoiceSetInput
            {
                Id = "sessionId",
                Label = T("switch.label", culture),
                Placeholder = T("switch.placeholder", culture),
                IsRequired = true,
                ErrorMessage = T("switch.error", culture),
                Separator = true,
                Choices = [.. others.Select(s => new Choice(
                    $"{SessionTime(s.Session, culture, zone)} · {Seats(s, view.Place.Group, culture)}", s.Session.Id))],
            });
            card.Body.Add(new ActionSet { Actions = [Execute("switch", T("switch.button", culture), Data(view.Round.Id), withInputs: true)] });
        }

        card.Actions.Add(Execute("cancel", T("cancel.button", culture), Data(view.Round.Id), ActionStyle.Destructive));
    }

    private static string Seats(SessionAvailability available, SeniorityGroup group, CultureInfo culture)
    {
        var left = available.LeftFor(group);
        return left > 0
            ? F("seats.left", culture, GroupName(group, culture), left)
            : F("seats.full", culture, GroupName(group, culture), available.WaitingFor(group));
    }

    private static string Fallback(ParticipantView view, CultureInfo culture) => view.Place.State switch
    {
        ParticipationState.Confirmed => T("fallback.confirmed", culture),
        ParticipationState.Waitlisted => F("fallback.waitlisted", culture, view.Place.WaitlistPosition),
        _ => T("fallback.invitation", culture),
    };
}
