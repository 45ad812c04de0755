namespace Intranet.Extensions.Cards;

/// <summary>
/// A block of text. Hosts apply a small Markdown subset to <see cref="Text"/>: use
/// <see cref="CardText.Verbatim"/> for text a person typed, or a <see cref="RichTextBlock"/>.
/// </summary>
public sealed class TextBlock : CardElement
{
    /// <summary>Creates an empty text block.</summary>
    public TextBlock() { }

    /// <summary>Creates a text block with the given text.</summary>
    public TextBlock(string text) => Text = text;

    /// <summary>The text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Size.</summary>
    public TextSize? Size { get; set; }

    /// <summary>Weight.</summary>
    public TextWeight? Weight { get; set; }

    /// <summary>Colour.</summary>
    public TextColor? Color { get; set; }

    /// <summary>Muted (less prominent) text.</summary>
    public bool? IsSubtle { get; set; }

    /// <summary>Wraps long text instead of cutting it.</summary>
    public bool? Wrap { get; set; } = true;

    /// <summary>Caps the number of lines shown.</summary>
    public int? MaxLines { get; set; }

    /// <summary>Alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }

    /// <summary><c>heading</c> makes screen readers announce a heading.</summary>
    public string? Style { get; set; }
}
