namespace Intranet.Extensions.Cards;

/// <summary>A number field (<c>Input.Number</c>).</summary>
public sealed class NumberInput : CardInput
{
    /// <summary>Initial value.</summary>
    public double? Value { get; set; }

    /// <summary>Smallest allowed value.</summary>
    public double? Min { get; set; }

    /// <summary>Largest allowed value.</summary>
    public double? Max { get; set; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; set; }
}
