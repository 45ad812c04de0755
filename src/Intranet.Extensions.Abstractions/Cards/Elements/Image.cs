namespace Intranet.Extensions.Cards;

/// <summary>An image.</summary>
public sealed class Image : CardElement
{
    /// <summary>Image address (https or a data URI).</summary>
    public string Url { get; set; } = "";

    /// <summary>Text for screen readers; required for accessibility.</summary>
    public string? AltText { get; set; }

    /// <summary>Size.</summary>
    public ImageSize? Size { get; set; }

    /// <summary><c>person</c> crops the image to a circle.</summary>
    public string? Style { get; set; }
}
