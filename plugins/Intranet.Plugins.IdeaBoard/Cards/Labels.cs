using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Ideas;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Cards;

/// <summary>How statuses, decisions and authors read on cards.</summary>
internal static class Labels
{
    public static string Status(IdeaStatus status, CultureInfo culture) => T("status." + status, culture);

    public static string Decision(DecisionKind kind, CultureInfo culture) => T("decision." + kind, culture);

    public static string Implementation(ImplementationStatus status, CultureInfo culture) => T("implementation." + status, culture);

    public static string Kind(CampaignKind kind, CultureInfo culture) => T("kind." + kind, culture);

    /// <summary>The author as the viewer may see them: name and department, or "anonymous".</summary>
    public static string Author(Idea idea, bool showAuthor, CultureInfo culture) =>
        !showAuthor ? T("idea.anonymous", culture)
        : idea.AuthorDepartment is { Length: > 0 } department ? F("idea.authorWithDepartment", culture, idea.AuthorName, department)
        : idea.AuthorName;

    /// <summary>A comment's author: on an anonymous campaign the idea's author shows as "the author" to those who may not know them.</summary>
    public static string Commenter(Comment comment, Idea idea, bool showAuthor, CultureInfo culture) =>
        comment.AuthorId == idea.AuthorId && !showAuthor ? T("comment.byAuthor", culture) : comment.AuthorName;

    /// <summary>"label: value" where the value is shown verbatim (a category, a name, a title).</summary>
    public static RichTextBlock Line(string label, string value) => new()
    {
        Inlines =
        [
            new TextRun(label + " ") { IsSubtle = true },
            new TextRun(CardText.Truncate(value, 200)),
        ],
    };

    public static TextColor? DecisionColor(DecisionKind kind) => kind switch
    {
        DecisionKind.Adopt => TextColor.Good,
        DecisionKind.Reject => TextColor.Attention,
        _ => TextColor.Warning,
    };
}
