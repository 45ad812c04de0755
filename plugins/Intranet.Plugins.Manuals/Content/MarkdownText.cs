using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Intranet.Plugins.Manuals.Content;

/// <summary>Plain text of Markdown, for titles, search and snippets.</summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The text of inlines without their markup.</summary>
    public static string Plain(ContainerInline? inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>The text of a Markdown document without its markup, blocks separated by new lines.</summary>
    public static string Plain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants())
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline }:
                    Append(builder, inline);
                    builder.Append('\n');
                    break;
                case LeafBlock leaf when leaf is CodeBlock:
                    builder.Append(leaf.Lines.ToString()).Append('\n');
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    internal static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline html:
                builder.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
