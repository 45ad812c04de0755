namespace Intranet.Plugins.HopeDay;

/// <summary>Limits of the feedback form.</summary>
internal static class FeedbackLimits
{
    /// <summary>Longest comment, in characters.</summary>
    public const int MaxCommentLength = 1000;
}
