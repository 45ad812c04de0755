namespace Intranet.Extensions.Actions;

/// <summary>
/// Thrown by a handler to refuse an action with a stable code (see <see cref="CardActionErrors"/> or the
/// plugin's own). The router answers 400 with <see cref="Exception.Message"/> as given (already localized),
/// or with the router's own text for the code when no message was given.
/// </summary>
public sealed class CardActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">Stable code.</param>
    /// <param name="localizedMessage">Message in the actor's language, or null to use the router's text for the code.</param>
    /// <param name="innerException">Cause.</param>
    public CardActionException(string code, string? localizedMessage = null, Exception? innerException = null)
        : base(localizedMessage ?? code, innerException)
    {
        Code = code;
        HasLocalizedMessage = localizedMessage is not null;
    }

    /// <summary>Stable code.</summary>
    public string Code { get; }

    /// <summary>Whether <see cref="Exception.Message"/> is already meant for the actor.</summary>
    public bool HasLocalizedMessage { get; }
}

/// <summary>Error codes the router itself produces.</summary>
public static class CardActionErrors
{
    /// <summary>No plugin handles the verb.</summary>
    public const string UnknownVerb = "UnknownVerb";

    /// <summary>The action's data does not fit the handler.</summary>
    public const string InvalidData = "InvalidData";

    /// <summary>The handler failed; details are in the log, never in the answer.</summary>
    public const string HandlerFailed = "HandlerFailed";

    /// <summary>Someone else changed the same thing at the same moment, repeatedly.</summary>
    public const string Conflict = "Conflict";
}
