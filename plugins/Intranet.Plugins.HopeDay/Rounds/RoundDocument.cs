namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>A round as stored at <c>hopeday/round/{id}</c>: the organiser's definition and its phase.</summary>
internal sealed record RoundDocument
{
    public required HopeDayRoundDefinition Definition { get; init; }

    public RoundState State { get; init; } = RoundState.Open;

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Set once the round's jobs are scheduled, so creating the round again does not run finished jobs twice.</summary>
    public bool JobsScheduled { get; init; }

    public string Id => Definition.Id;

    public HopeDaySessionDefinition? Session(string? sessionId) =>
        sessionId is null ? null : Definition.Sessions.FirstOrDefault(s => s.Id == sessionId);

    public bool IsOrganizer(string personId) => Definition.OrganizerIds.Contains(personId);

    /// <summary>Whether sign-ups (and switches) are taken at <paramref name="now"/>.</summary>
    public bool IsSignUpOpen(DateTimeOffset now) =>
        State == RoundState.Open && now >= Definition.SignUpOpensAt && now < Definition.SignUpClosesAt;
}
