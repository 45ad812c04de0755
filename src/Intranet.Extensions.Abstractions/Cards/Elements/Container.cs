namespace Intranet.Extensions.Cards;

/// <summary>Groups elements, optionally with a background style.</summary>
public sealed class Container : CardElement
{
    /// <summary>The grouped elements.</summary>
    public List<CardElement> Items { get; set; } = [];

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; set; }
}
