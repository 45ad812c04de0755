using Intranet.Extensions.Actions;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>What the submission or edit form sent, as typed (not yet checked).</summary>
internal sealed record IdeaDraft(string? Title, string? Body, string? Category, string? CurrentPractice, string? WhyUnnecessary, string? HoursSaved)
{
    public static IdeaDraft From(CardActionContext context) => new(
        context.GetString("title"), context.GetString("body"), context.GetString("category"),
        context.GetString("currentPractice"), context.GetString("whyUnnecessary"), context.GetString("hoursSaved"));

    public static IdeaDraft Of(Idea idea) => new(
        idea.Title, idea.Body, idea.Category, idea.CurrentPractice, idea.WhyUnnecessary,
        idea.HoursSavedPerMonth?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string SimilarityText => string.Join(' ', Title, Body, CurrentPractice, WhyUnnecessary);
}
