namespace Intranet.Plugins.HopeDay;

/// <summary>The phase of a round.</summary>
public enum RoundState
{
    /// <summary>Sign-up is open (or will open at its time).</summary>
    Open,

    /// <summary>Sign-up closed and tables formed.</summary>
    Closed,
}
