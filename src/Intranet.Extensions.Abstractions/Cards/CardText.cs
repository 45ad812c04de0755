namespace Intranet.Extensions.Cards;

/// <summary>Helpers for putting text people typed into a card safely.</summary>
public static class CardText
{
    /// <summary>
    /// Text a person typed, shown verbatim: a <see cref="TextRun"/> is never read as Markdown (a
    /// <see cref="TextBlock"/> would be), and the length is capped so hostile input cannot swell a card.
    /// </summary>
    public static RichTextBlock Verbatim(string? text, int maxLength = 2000, bool isSubtle = false) => new()
    {
        Inlines = [new TextRun(Truncate(text ?? "", maxLength)) { IsSubtle = isSubtle ? true : null }],
    };

    /// <summary>Cuts text to <paramref name="maxLength"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, Math.Max(0, maxLength - 1)), "…");
}
