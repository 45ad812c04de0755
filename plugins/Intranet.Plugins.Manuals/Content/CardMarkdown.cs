using Intranet.Extensions.Cards;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Intranet.Plugins.Manuals.Content;

/// <summary>
/// Turns task Markdown into card elements every host shows the same way: paragraphs and list items become
/// <see cref="RichTextBlock"/>s whose runs carry bold and italic (runs are never read as Markdown, so no input
/// can inject markup), links become <see cref="OpenUrlAction"/> buttons (http, https and mailto only), raw HTML
/// stays literal text, images keep only their description. Output is capped so a long or hostile text cannot
/// swell a card past the Teams size limit.
/// </summary>
internal sealed class CardMarkdown
{
    private const int MaxLinks = 5;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly List<CardElement> _elements = [];
    private readonly List<(string Title, string Url)> _links = [];
    private readonly int _maxElements;
    private int _budget;

    private CardMarkdown(int maxCharacters, int maxElements)
    {
        _budget = maxCharacters;
        _maxElements = maxElements;
    }

    private bool IsFull => _budget <= 0 || _elements.Count >= _maxElements;

    /// <summary>The elements for <paramref name="markdown"/>, with links as buttons at the end.</summary>
    public static List<CardElement> Render(string? markdown, int maxCharacters = 3000, int maxElements = 40, string? bullet = null)
    {
        var renderer = new CardMarkdown(maxCharacters, maxElements);
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            renderer.Blocks(Markdown.Parse(markdown, Pipeline), bullet, depth: 0);
        }

        if (renderer._links.Count > 0)
        {
            renderer._elements.Add(new ActionSet
            {
                Actions = [.. renderer._links.Select(l => (AdaptiveAction)new OpenUrlAction { Title = l.Title, Url = l.Url })],
            });
        }

        return renderer._elements;
    }

    private void Blocks(ContainerBlock container, string? prefix, int depth)
    {
        var first = true;
        foreach (var block in container)
        {
            if (IsFull)
            {
                return;
            }

            // Only the first paragraph of a list item carries its bullet.
            var blockPrefix = first ? prefix : (prefix is null ? null : new string(' ', prefix.Length));
            first = false;
            switch (block)
            {
                case HeadingBlock heading:
                    Paragraph(heading.Inline, blockPrefix, depth, bold: true);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph.Inline, blockPrefix, depth, bold: false);
                    break;
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var marker = list.IsOrdered ? $"{number++}. " : (depth % 2 == 0 ? "• " : "◦ ");
                        Blocks(item, marker, depth + 1);
                    }

                    break;
                case QuoteBlock quote:
                    Blocks(quote, blockPrefix ?? "│ ", depth);
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        Add([new TextRun(line.ToString())], blockPrefix, depth);
                    }

                    break;
                case ContainerBlock nested:
                    Blocks(nested, blockPrefix, depth);
                    break;
            }
        }
    }

    private void Paragraph(ContainerInline? inlines, string? prefix, int depth, bool bold)
    {
        var runs = new List<TextRun>();
        Inlines(inlines, runs, bold, italic: false);
        Add(runs, prefix, depth);
    }

    private void Add(List<TextRun> runs, string? prefix, int depth)
    {
        runs.RemoveAll(r => r.Text.Length == 0);
        if (runs.Count == 0 || IsFull)
        {
            return;
        }

        if (prefix is not null)
        {
            runs.Insert(0, new TextRun(new string(' ', Math.Max(0, depth - 1) * 2) + prefix));
        }

        // Cut at the budget so one huge paragraph cannot pass the card limit.
        var kept = new List<TextRun>();
        foreach (var run in runs)
        {
            if (_budget <= 0)
            {
                break;
            }

            run.Text = CardText.Truncate(run.Text, _budget);
            _budget -= run.Text.Length;
            kept.Add(run);
        }

        _elements.Add(new RichTextBlock { Inlines = kept, Spacing = prefix is null ? null : Spacing.Small });
    }

    private void Inlines(ContainerInline? container, List<TextRun> runs, bool bold, bool italic)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    Inlines(emphasis, runs, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                    break;
                case LinkInline link:
                    // Its own runs, so the link text is not merged into the text around it.
                    var linkRuns = new List<TextRun>();
                    Inlines(link, linkRuns, bold, italic);
                    if (!link.IsImage)
                    {
                        linkRuns.ForEach(r => r.Color = TextColor.Accent);
                        AddLink(string.Concat(linkRuns.Select(r => r.Text)).Trim(), link.Url);
                    }

                    runs.AddRange(linkRuns);
                    break;
                case AutolinkInline autolink:
                    Run(runs, autolink.Url, bold, italic).Color = TextColor.Accent;
                    AddLink(autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
                    break;
                case LineBreakInline:
                    Run(runs, " ", bold, italic);
                    break;
                case ContainerInline nested:
                    Inlines(nested, runs, bold, italic);
                    break;
                default:
                    var text = new System.Text.StringBuilder();
                    MarkdownText.Append(text, inline);
                    Run(runs, text.ToString(), bold, italic);
                    break;
            }
        }
    }

    private static TextRun Run(List<TextRun> runs, string text, bool bold, bool italic)
    {
        // Neighbouring text of one style is one run: fewer, smaller JSON objects.
        if (runs.Count > 0 && runs[^1] is var last && (last.Weight == TextWeight.Bolder) == bold && (last.Italic == true) == italic && last.Color is null)
        {
            last.Text += text;
            return last;
        }

        var run = new TextRun(text) { Weight = bold ? TextWeight.Bolder : null, Italic = italic ? true : null };
        runs.Add(run);
        return run;
    }

    private void AddLink(string label, string? url)
    {
        if (_links.Count >= MaxLinks || url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("http" or "https" or "mailto") || _links.Any(l => l.Url == uri.AbsoluteUri))
        {
            return;
        }

        _links.Add((CardText.Truncate(label.Length > 0 ? label : uri.Host, 40), uri.AbsoluteUri));
    }
}
