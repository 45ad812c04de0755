using System.Globalization;
using System.Net;
using System.Text;
using Intranet.Plugins.Manuals.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Intranet.Plugins.Manuals.Content;

/// <summary>
/// The whole manual of a version as one HTML page, stored at publishing so the card's "open" button has a
/// document to link to. Raw HTML in the Markdown is escaped and only http, https and mailto links survive, so
/// a manual's text cannot run script in the reader's browser.
/// </summary>
internal static class ManualDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ContentType => "text/html; charset=utf-8";

    public static string Render(ManualVersion version, string ownerName, CultureInfo culture)
    {
        var manual = version.Manual;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(manual.Title)).Append(" v").Append(version.Number).Append("</title>")
            .Append("<style>body{font-family:system-ui,'Malgun Gothic',sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6}")
            .Append("h2{border-bottom:2px solid #5b5fc7;padding-bottom:.2rem;margin-top:2.5rem}h3{margin-top:1.8rem}")
            .Append(".caution{background:#fff4ce;border-left:4px solid #c19c00;padding:.4rem .8rem}.meta{color:#555}</style></head><body>")
            .Append("<h1>").Append(Encode(manual.Title)).Append("</h1><p class=\"meta\">")
            .Append(Encode(Texts.Format("document.meta", culture, version.Number, manual.OwnerDepartment, ownerName,
                manual.EffectiveDate?.ToString("D", culture) ?? "-", manual.Areas.Count, manual.TaskCount)))
            .Append("</p>");
        if (!string.IsNullOrWhiteSpace(manual.Summary))
        {
            html.Append("<p>").Append(Encode(manual.Summary)).Append("</p>");
        }

        html.Append("<nav><ol>");
        foreach (var area in manual.Areas)
        {
            html.Append("<li><a href=\"#").Append(Encode(Anchor("a", area.Key))).Append("\">").Append(Encode(area.Title)).Append("</a></li>");
        }

        html.Append("</ol></nav>");
        foreach (var area in manual.Areas)
        {
            html.Append("<h2 id=\"").Append(Encode(Anchor("a", area.Key))).Append("\">").Append(Encode(area.Title)).Append("</h2>");
            html.Append(Markdown(area.Intro));
            foreach (var task in area.Tasks)
            {
                html.Append("<h3 id=\"").Append(Encode(Anchor("t", task.Key))).Append("\">").Append(Encode(task.Title)).Append("</h3>");
                html.Append(Markdown(task.Body));
                if (task.Cautions.Count > 0)
                {
                    html.Append("<div class=\"caution\"><strong>").Append(Encode(Texts.Get("task.cautions", culture))).Append("</strong><ul>");
                    foreach (var caution in task.Cautions)
                    {
                        html.Append("<li>").Append(Markdown(caution)).Append("</li>");
                    }

                    html.Append("</ul></div>");
                }

                if (task.References.Count > 0)
                {
                    html.Append("<p><strong>").Append(Encode(Texts.Get("task.references", culture))).Append("</strong></p><ul>");
                    foreach (var reference in task.References)
                    {
                        html.Append("<li>").Append(Markdown(reference)).Append("</li>");
                    }

                    html.Append("</ul>");
                }
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Markdown(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || !IsSafe(link.Url))
            {
                // Images would load remote content; unsafe schemes would run script: both become plain text links to nowhere.
                link.IsImage = false;
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsSafe(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static string Anchor(string prefix, string key) => $"{prefix}-{Uri.EscapeDataString(key)}";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static Intranet.Extensions.Localization.ITextCatalog Texts => ManualsPlugin.Descriptor.Texts;
}
