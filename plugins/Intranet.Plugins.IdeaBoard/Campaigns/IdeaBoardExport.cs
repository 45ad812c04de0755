namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>The CSV files a campaign exports.</summary>
public enum IdeaBoardExport
{
    /// <summary>One row per idea: content, author, votes, comments, average scores, status, decision, implementation, points.</summary>
    Ideas,

    /// <summary>One row per vote: idea, voter, department, when.</summary>
    Votes,

    /// <summary>One row per review decision and per reviewer score.</summary>
    Decisions,
}
