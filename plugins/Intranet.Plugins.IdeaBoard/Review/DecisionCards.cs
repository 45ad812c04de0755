using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Cards;
using Intranet.Plugins.IdeaBoard.Ideas;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>What the author receives: the decision on their idea, then implementation updates.</summary>
internal static class DecisionCards
{
    public static AdaptiveCard Decision(DecisionView view, CultureInfo culture)
    {
        var idea = view.Idea;
        var decision = idea.LastDecision ?? throw new InvalidOperationException($"Idea '{idea.Id}' has no decision.");
        var data = Data(("campaignId", idea.CampaignId), ("ideaId", idea.Id));
        var facts = new List<(string, string)>
        {
            (T("decision.label", culture), Labels.Decision(decision.Kind, culture)),
            (T("decision.decidedAt", culture), When(decision.DecidedAt)),
        };
        if (idea.Status == IdeaStatus.Adopted)
        {
            facts.Add((T("idea.points", culture), F("points.value", culture, idea.PointsAwarded)));
            facts.Add((T("idea.implementation", culture), Labels.Implementation(idea.Implementation ?? ImplementationStatus.Planned, culture)));
        }

        var body = new List<CardElement>
        {
            new TextBlock(T("decision.heading." + decision.Kind, culture)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = "heading", Color = Labels.DecisionColor(decision.Kind) },
            Typed(view.Campaign.Title, 200, subtle: true),
            Typed(idea.Title, 200, bold: true),
            Facts([.. facts]),
            new TextBlock(T("decision.body." + decision.Kind, culture)),
        };
        if (decision.Feedback.Length > 0)
        {
            body.Add(Section(T("decision.feedback", culture), decision.Feedback));
        }

        if (view.MergedIntoTitle is { } target)
        {
            body.Add(Section(T("idea.mergedInto", culture), target, 200));
        }

        var card = Card(F("decision.fallback", culture, Labels.Status(idea.Status, culture)), body,
            [Button("ideaboard.idea", T("action.viewMine", culture), data)]);

        // The author sees the current implementation status whenever they open the card again.
        card.Refresh = new CardRefresh { Action = new ExecuteAction("ideaboard.decision") { Data = data.DeepClone().AsObject() }, UserIds = [idea.AuthorId] };
        return card;
    }

    public static AdaptiveCard Implementation(DecisionView view, CultureInfo culture)
    {
        var idea = view.Idea;
        var status = idea.Implementation ?? ImplementationStatus.Planned;
        return Card(F("implementation.fallback", culture, Labels.Implementation(status, culture)),
        [
            Heading(F("implementation.heading", culture, Labels.Implementation(status, culture))),
            Typed(view.Campaign.Title, 200, subtle: true),
            Typed(idea.Title, 200, bold: true),
            new TextBlock(T("implementation.body." + status, culture)),
        ],
        [Button("ideaboard.idea", T("action.viewMine", culture), Data(("campaignId", idea.CampaignId), ("ideaId", idea.Id)))]);
    }
}
