namespace Intranet.Plugins.HopeDay;

/// <summary>Checks <see cref="HopeDayOptions"/> at start.</summary>
internal static class HopeDayOptionsValidation
{
    public const string Message =
        "HopeDay options: reminder times must be within a day, FeedbackDelay 0–7 days, MaxSessionsPerRound 1–20, MaxSeatsPerSession 1–100.";

    public static bool IsValid(HopeDayOptions options) =>
        options.EveReminderTime >= TimeSpan.Zero && options.EveReminderTime < TimeSpan.FromDays(1) &&
        options.MorningReminderTime >= TimeSpan.Zero && options.MorningReminderTime < TimeSpan.FromDays(1) &&
        options.FeedbackDelay >= TimeSpan.Zero && options.FeedbackDelay <= TimeSpan.FromDays(7) &&
        options.MaxSessionsPerRound is >= 1 and <= 20 &&
        options.MaxSeatsPerSession is >= 1 and <= 100;
}
