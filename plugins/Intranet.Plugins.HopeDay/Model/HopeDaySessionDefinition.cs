namespace Intranet.Plugins.HopeDay;

/// <summary>One session of a round: when, where, and the seats of each group.</summary>
/// <param name="Id">Stable id within the round: letters, digits and <c>_@-</c>.</param>
/// <param name="StartsAt">Start (shown in the organisation's time zone, Asia/Seoul by default).</param>
/// <param name="EndsAt">End; feedback is asked for after it.</param>
/// <param name="Place">Where the session meets.</param>
/// <param name="JuniorSeats">Seats for juniors.</param>
/// <param name="SeniorSeats">Seats for seniors.</param>
public sealed record HopeDaySessionDefinition(
    string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, LocalizedText Place, int JuniorSeats, int SeniorSeats)
{
    /// <summary>Seats of <paramref name="group"/>.</summary>
    public int SeatsOf(SeniorityGroup group) => group == SeniorityGroup.Junior ? JuniorSeats : SeniorSeats;
}
