namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>What a campaign collects.</summary>
public enum CampaignKind
{
    /// <summary>Ideas: a title, a description and a category.</summary>
    Ideas,

    /// <summary>"Throw away unnecessary work": the work, how it is done now, why it is unnecessary, hours saved per month.</summary>
    UnnecessaryWork,
}

/// <summary>Where a campaign stands.</summary>
public enum CampaignPhase
{
    /// <summary>Created; its window has not opened yet.</summary>
    Scheduled,

    /// <summary>Accepting ideas, votes and comments.</summary>
    Open,

    /// <summary>The window has ended: no more ideas, votes or comments; review goes on.</summary>
    Closed,
}
