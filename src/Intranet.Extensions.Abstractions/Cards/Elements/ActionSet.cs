namespace Intranet.Extensions.Cards;

/// <summary>Buttons placed inside the body.</summary>
public sealed class ActionSet : CardElement
{
    /// <summary>The buttons.</summary>
    public List<AdaptiveAction> Actions { get; set; } = [];
}
