namespace Intranet.Plugins.HopeDay;

/// <summary>The two groups a Hope Day session mixes.</summary>
public enum SeniorityGroup
{
    /// <summary>Staff hired within the round's number of years.</summary>
    Junior,

    /// <summary>Everyone else: the experienced colleagues juniors meet.</summary>
    Senior,
}
