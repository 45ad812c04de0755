namespace Intranet.Extensions.Cards;

/// <summary>A drop-down or radio/check list (<c>Input.ChoiceSet</c>).</summary>
public sealed class ChoiceSetInput : CardInput
{
    /// <summary>The choices.</summary>
    public List<Choice> Choices { get; set; } = [];

    /// <summary>Selected value(s), comma separated when multi-select.</summary>
    public string? Value { get; set; }

    /// <summary>Drop-down or expanded.</summary>
    public ChoiceSetStyle? Style { get; set; }

    /// <summary>Allows several choices.</summary>
    public bool? IsMultiSelect { get; set; }

    /// <summary>Hint shown while nothing is chosen.</summary>
    public string? Placeholder { get; set; }
}

/// <summary>A choice of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">Text shown.</param>
/// <param name="Value">Value submitted.</param>
public sealed record Choice(string Title, string Value);
