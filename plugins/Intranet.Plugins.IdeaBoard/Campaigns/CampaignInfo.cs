namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>A campaign as <see cref="IIdeaBoard"/> reports it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">Ideas or unnecessary work.</param>
/// <param name="OpensAt">When the window opens.</param>
/// <param name="ClosesAt">When the window closes.</param>
/// <param name="Phase">Where it stands now.</param>
/// <param name="ClosedAt">When the close job (or <see cref="IIdeaBoard.CloseAsync"/>) closed it.</param>
/// <param name="Anonymous">Whether authors are hidden from other staff.</param>
/// <param name="IncentivePoints">Points for an adopted idea.</param>
/// <param name="Ideas">Ideas submitted and not withdrawn.</param>
public sealed record CampaignInfo(
    string Id, string Title, CampaignKind Kind, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, CampaignPhase Phase,
    DateTimeOffset? ClosedAt, bool Anonymous, int IncentivePoints, int Ideas);
