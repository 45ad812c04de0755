using System.Globalization;
using System.Net;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Graph.Mail;

/// <summary>
/// The HTML of an Outlook actionable message: the card (with its originator) as
/// <c>&lt;script type="application/adaptivecard+json"&gt;</c> in the head, and a readable body for clients without cards.
/// </summary>
internal static class ActionableMail
{
    public static string Html(AdaptiveCard card, string? originator, CultureInfo culture)
    {
        var json = CardJson.ToJsonObject(card);
        if (!string.IsNullOrEmpty(originator))
        {
            json["originator"] = originator;
        }

        // "</" inside the script would end it early; "<\/" is the same JSON string.
        var script = json.ToJsonString().Replace("</", "<\\/", StringComparison.Ordinal);
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" +
            "<script type=\"application/adaptivecard+json\">" + script + "</script></head>" +
            "<body>" + CardHtml.Render(card, culture) + "</body></html>";
    }

    /// <summary>The subject: the card's fallback text, else its first text block.</summary>
    public static string Subject(AdaptiveCard card, CultureInfo culture)
    {
        var title = card.FallbackText ?? card.Body.OfType<TextBlock>().FirstOrDefault()?.Text ?? "";
        title = title.Length > 120 ? title[..120] : title;
        return GraphTexts.Catalog.Format("mail.subject", culture, WebUtility.HtmlDecode(title));
    }
}
