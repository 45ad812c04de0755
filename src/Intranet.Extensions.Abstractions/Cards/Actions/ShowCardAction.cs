namespace Intranet.Extensions.Cards;

/// <summary><c>Action.ShowCard</c>: unfolds a nested card, for example a form.</summary>
public sealed class ShowCardAction : AdaptiveAction
{
    /// <summary>The nested card.</summary>
    public AdaptiveCard Card { get; set; } = new();
}
