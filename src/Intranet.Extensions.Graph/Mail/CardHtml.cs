using System.Globalization;
using System.Net;
using System.Text;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Graph.Mail;

/// <summary>
/// A readable HTML rendering of a card for mail clients that show no Adaptive Cards: its text, facts and links,
/// with a hint that the buttons work in Outlook and Teams. Everything people typed is HTML-encoded.
/// </summary>
internal static class CardHtml
{
    public static string Render(AdaptiveCard card, CultureInfo culture)
    {
        var html = new StringBuilder();
        html.Append("<div style=\"font-family:'Malgun Gothic','Segoe UI',sans-serif;font-size:14px\">");
        foreach (var element in card.Body)
        {
            Element(html, element, culture);
        }

        var links = card.Actions.OfType<OpenUrlAction>().ToList();
        if (links.Count > 0)
        {
            html.Append("<p>");
            foreach (var link in links)
            {
                html.Append("<a href=\"").Append(Encode(link.Url)).Append("\">").Append(Encode(link.Title ?? GraphTexts.Catalog.Get("mail.openLink", culture))).Append("</a> ");
            }

            html.Append("</p>");
        }

        if (card.Actions.Any(a => a is ExecuteAction) || card.Body.Any(e => e is ActionSet))
        {
            html.Append("<p style=\"color:#616161\">").Append(Encode(GraphTexts.Catalog.Get("mail.actionsHint", culture))).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    private static void Element(StringBuilder html, CardElement element, CultureInfo culture)
    {
        switch (element)
        {
            case TextBlock text:
                var bold = text.Weight == TextWeight.Bolder || text.Size is TextSize.Large or TextSize.ExtraLarge;
                html.Append(bold ? "<p><strong>" : "<p>").Append(Encode(text.Text)).Append(bold ? "</strong></p>" : "</p>");
                break;
            case RichTextBlock rich:
                html.Append("<p>").Append(Encode(string.Concat(rich.Inlines.Select(i => i.Text)))).Append("</p>");
                break;
            case FactSet facts:
                html.Append("<table>");
                foreach (var fact in facts.Facts)
                {
                    html.Append("<tr><th style=\"text-align:left;padding-right:12px\">").Append(Encode(fact.Title))
                        .Append("</th><td>").Append(Encode(fact.Value)).Append("</td></tr>");
                }

                html.Append("</table>");
                break;
            case Container container:
                foreach (var item in container.Items)
                {
                    Element(html, item, culture);
                }

                break;
            case ColumnSet columns:
                foreach (var item in columns.Columns.SelectMany(c => c.Items))
                {
                    Element(html, item, culture);
                }

                break;
            case Image image when image.AltText is { Length: > 0 } alt:
                html.Append("<p>").Append(Encode(alt)).Append("</p>");
                break;
        }
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
