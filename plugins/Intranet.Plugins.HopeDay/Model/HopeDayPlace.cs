namespace Intranet.Plugins.HopeDay;

/// <summary>Where a person stands in a round.</summary>
public enum ParticipationState
{
    /// <summary>Not signed up.</summary>
    None,

    /// <summary>Has a seat.</summary>
    Confirmed,

    /// <summary>Waiting for a seat of their group.</summary>
    Waitlisted,

    /// <summary>Signed up and cancelled.</summary>
    Cancelled,
}

/// <summary>A person's place in a round.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Group">Their group in this round.</param>
/// <param name="State">Confirmed, waitlisted, cancelled or not signed up.</param>
/// <param name="SessionId">Their session, when signed up (or the one they cancelled).</param>
/// <param name="WaitlistPosition">1 for the next person to get a seat of the group, when waitlisted.</param>
public sealed record HopeDayPlace(
    string RoundId, string PersonId, SeniorityGroup Group, ParticipationState State, string? SessionId = null, int? WaitlistPosition = null);
