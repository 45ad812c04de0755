namespace Intranet.Samples.PraisePlugin;

/// <summary>Options of the praise plugin.</summary>
public sealed class PraiseOptions
{
    /// <summary>Longest praise message, in characters.</summary>
    public int MaxMessageLength { get; set; } = 500;

    /// <summary>Also tells the colleague's department head (their manager in the directory).</summary>
    public bool NotifyDepartmentHead { get; set; } = true;
}
