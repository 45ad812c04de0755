namespace Intranet.Plugins.HopeDay;

/// <summary>
/// Codes of the refusals the plugin raises as <see cref="Intranet.Extensions.Actions.CardActionException"/>;
/// each has an <c>error.{Code}</c> text in both languages.
/// </summary>
public static class HopeDayErrors
{
    /// <summary>The round does not exist.</summary>
    public const string UnknownRound = "UnknownRound";

    /// <summary>The session is not part of the round.</summary>
    public const string UnknownSession = "UnknownSession";

    /// <summary>Sign-up has not opened yet.</summary>
    public const string SignUpNotOpen = "SignUpNotOpen";

    /// <summary>Sign-up has closed.</summary>
    public const string SignUpClosed = "SignUpClosed";

    /// <summary>The session has already started.</summary>
    public const string SessionStarted = "SessionStarted";

    /// <summary>The person already has another session in this round.</summary>
    public const string AlreadySignedUp = "AlreadySignedUp";

    /// <summary>The person has no session to cancel or switch from.</summary>
    public const string NotSignedUp = "NotSignedUp";

    /// <summary>The person is not invited to the round.</summary>
    public const string NotInvited = "NotInvited";

    /// <summary>Only the round's organisers may do this.</summary>
    public const string NotOrganizer = "NotOrganizer";

    /// <summary>Feedback opens after the session.</summary>
    public const string FeedbackNotOpen = "FeedbackNotOpen";

    /// <summary>Only people who had a seat can give feedback.</summary>
    public const string NotParticipant = "NotParticipant";

    /// <summary>The rating is not 1 to 5.</summary>
    public const string InvalidRating = "InvalidRating";

    /// <summary>The comment is too long.</summary>
    public const string CommentTooLong = "CommentTooLong";

    /// <summary>The round's audience names nobody in the directory.</summary>
    public const string NoInvitees = "NoInvitees";
}
