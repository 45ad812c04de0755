using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>Seats left and people waiting, per group, of one session.</summary>
internal sealed record SessionAvailability(HopeDaySessionDefinition Session, int JuniorLeft, int SeniorLeft, int JuniorWaiting, int SeniorWaiting)
{
    public int LeftFor(SeniorityGroup group) => group == SeniorityGroup.Junior ? JuniorLeft : SeniorLeft;

    public int WaitingFor(SeniorityGroup group) => group == SeniorityGroup.Junior ? JuniorWaiting : SeniorWaiting;
}

/// <summary>Someone at the person's table.</summary>
internal sealed record TableMate(string Name, string? Department, SeniorityGroup Group, bool IsYou);

/// <summary>The person's table.</summary>
internal sealed record TableView(int Number, IReadOnlyList<TableMate> Mates);

/// <summary>Why a card was sent, shown as a line above the person's state.</summary>
internal enum CardNotice
{
    None,
    Promoted,
    Cancelled,
    Tables,
    ReminderEve,
    ReminderMorning,
    WaitlistAtClose,
    Feedback,
}

/// <summary>Everything a person's Hope Day card shows: their state in the round, seen at <see cref="Now"/>.</summary>
internal sealed record ParticipantView
{
    public required RoundDocument Round { get; init; }

    public required HopeDayPlace Place { get; init; }

    public required IReadOnlyList<SessionAvailability> Sessions { get; init; }

    public required DateTimeOffset Now { get; init; }

    public Uri? CalendarLink { get; init; }

    public TableView? Table { get; init; }

    public bool FeedbackGiven { get; init; }

    public HopeDaySessionDefinition? Session => Round.Session(Place.SessionId);

    public bool IsSignUpOpen => Round.IsSignUpOpen(Now);

    public bool SessionEnded => Session is { } session && session.EndsAt <= Now;

    public bool SessionStarted => Session is { } session && session.StartsAt <= Now;
}
