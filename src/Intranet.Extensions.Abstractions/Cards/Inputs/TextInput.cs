namespace Intranet.Extensions.Cards;

/// <summary>A text field (<c>Input.Text</c>).</summary>
public sealed class TextInput : CardInput
{
    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; set; }

    /// <summary>Initial value.</summary>
    public string? Value { get; set; }

    /// <summary>Allows several lines.</summary>
    public bool? IsMultiline { get; set; }

    /// <summary>Maximum length the host lets a person type.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Regular expression the value must match.</summary>
    public string? Regex { get; set; }
}
