namespace Intranet.Extensions.Cards;

/// <summary>A check box (<c>Input.Toggle</c>).</summary>
public sealed class ToggleInput : CardInput
{
    /// <summary>Text next to the check box.</summary>
    public string Title { get; set; } = "";

    /// <summary>Initial value: <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
    public string? Value { get; set; }

    /// <summary>Value submitted when checked.</summary>
    public string? ValueOn { get; set; }

    /// <summary>Value submitted when unchecked.</summary>
    public string? ValueOff { get; set; }
}
