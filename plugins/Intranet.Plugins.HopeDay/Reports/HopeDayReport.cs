namespace Intranet.Plugins.HopeDay;

/// <summary>The organiser's view of a round: fill per session and group, waitlists, attendance and feedback.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Title">Its title.</param>
/// <param name="State">Open or closed.</param>
/// <param name="SignUpClosesAt">When sign-up closes (or closed).</param>
/// <param name="Sessions">Per session.</param>
/// <param name="Feedback">All feedback of the round, without names.</param>
public sealed record HopeDayReport(
    string RoundId, LocalizedText Title, RoundState State, DateTimeOffset SignUpClosesAt,
    IReadOnlyList<SessionReport> Sessions, FeedbackSummary Feedback);

/// <summary>One session of the report.</summary>
/// <param name="Session">The session.</param>
/// <param name="Junior">Juniors' seats.</param>
/// <param name="Senior">Seniors' seats.</param>
/// <param name="Attended">How many of the confirmed attended; <see langword="null"/> until attendance is recorded.</param>
/// <param name="Feedback">The session's feedback.</param>
/// <param name="Participants">Everyone confirmed or waitlisted, in seat and waitlist order.</param>
public sealed record SessionReport(
    HopeDaySessionDefinition Session, GroupFill Junior, GroupFill Senior, int? Attended, FeedbackSummary Feedback,
    IReadOnlyList<ParticipantLine> Participants);

/// <summary>A group's seats in a session.</summary>
/// <param name="Seats">Seats of the group.</param>
/// <param name="Confirmed">Seats taken.</param>
/// <param name="Waitlisted">People waiting.</param>
public sealed record GroupFill(int Seats, int Confirmed, int Waitlisted);

/// <summary>A person on a session's list.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">Display name.</param>
/// <param name="Department">Department.</param>
/// <param name="Group">Junior or senior.</param>
/// <param name="State">Confirmed or waitlisted.</param>
/// <param name="WaitlistPosition">Position on the group's waitlist.</param>
/// <param name="Table">Table number once tables are formed.</param>
/// <param name="Attended">Whether they attended, once recorded.</param>
public sealed record ParticipantLine(
    string PersonId, string Name, string? Department, SeniorityGroup Group, ParticipationState State, int? WaitlistPosition, int? Table, bool? Attended);

/// <summary>Feedback totals. Comments carry no name or id: organisers cannot tell who wrote them.</summary>
/// <param name="Count">Answers.</param>
/// <param name="Average">Average rating (1–5), or <see langword="null"/> without answers.</param>
/// <param name="Distribution">How many gave 1, 2, 3, 4 and 5.</param>
/// <param name="Comments">Comments, newest first.</param>
public sealed record FeedbackSummary(int Count, double? Average, IReadOnlyList<int> Distribution, IReadOnlyList<FeedbackComment> Comments);

/// <summary>An anonymous comment.</summary>
/// <param name="SessionId">The session it is about.</param>
/// <param name="Rating">Its rating.</param>
/// <param name="Comment">The text, as written.</param>
public sealed record FeedbackComment(string SessionId, int Rating, string Comment);
