namespace Intranet.Extensions.Cards;

/// <summary>Text made of runs; runs are never interpreted as Markdown, so they suit text people typed.</summary>
public sealed class RichTextBlock : CardElement
{
    /// <summary>The runs.</summary>
    public List<TextRun> Inlines { get; set; } = [];

    /// <summary>Alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}

/// <summary>A run of text inside a <see cref="RichTextBlock"/>.</summary>
public sealed class TextRun
{
    /// <summary>Creates an empty run.</summary>
    public TextRun() { }

    /// <summary>Creates a run with the given text.</summary>
    public TextRun(string text) => Text = text;

    /// <summary>Always <c>TextRun</c>.</summary>
    public string Type => "TextRun";

    /// <summary>The text, shown verbatim.</summary>
    public string Text { get; set; } = "";

    /// <summary>Size.</summary>
    public TextSize? Size { get; set; }

    /// <summary>Weight.</summary>
    public TextWeight? Weight { get; set; }

    /// <summary>Colour.</summary>
    public TextColor? Color { get; set; }

    /// <summary>Muted text.</summary>
    public bool? IsSubtle { get; set; }

    /// <summary>Italic text.</summary>
    public bool? Italic { get; set; }
}
