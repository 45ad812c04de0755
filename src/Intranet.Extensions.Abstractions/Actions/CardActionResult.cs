using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Actions;

/// <summary>What a handler answers: a card that replaces the clicked one, a short message, or an error.</summary>
public abstract record CardActionResult
{
    private protected CardActionResult() { }

    /// <summary>Replace the clicked card with <paramref name="card"/>.</summary>
    public static CardActionResult Update(AdaptiveCard card) => new CardResult(card);

    /// <summary>Show a short message and keep the card.</summary>
    public static CardActionResult Reply(string text) => new MessageResult(text);

    /// <summary>Show an error (already in the actor's language) and keep the card.</summary>
    public static CardActionResult Error(string code, string message, int statusCode = 400) => new ErrorResult(code, message, statusCode);
}

/// <summary>A replacement card.</summary>
/// <param name="Card">The card.</param>
public sealed record CardResult(AdaptiveCard Card) : CardActionResult;

/// <summary>A short message.</summary>
/// <param name="Text">The message.</param>
public sealed record MessageResult(string Text) : CardActionResult;

/// <summary>An error shown to the actor.</summary>
/// <param name="Code">A stable code such as <c>UnknownVerb</c>.</param>
/// <param name="Message">The message, in the actor's language.</param>
/// <param name="StatusCode">400 for the actor's mistakes, 500 for ours.</param>
public sealed record ErrorResult(string Code, string Message, int StatusCode) : CardActionResult;
