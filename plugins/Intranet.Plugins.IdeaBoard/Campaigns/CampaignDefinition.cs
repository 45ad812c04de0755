using Intranet.Extensions.People;

namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>What a host gives <see cref="IIdeaBoard.CreateCampaignAsync"/> to start a campaign.</summary>
public sealed record CampaignDefinition
{
    /// <summary>Stable id: lower-case letters, digits and dashes, 2–40 characters (for example <c>kindness-2026</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Title shown to staff (shown verbatim).</summary>
    public required string Title { get; init; }

    /// <summary>What the campaign is about (shown verbatim).</summary>
    public string Description { get; init; } = "";

    /// <summary>Ideas or "unnecessary work".</summary>
    public CampaignKind Kind { get; init; } = CampaignKind.Ideas;

    /// <summary>When submissions open, as a wall-clock time in the organisation's time zone (Asia/Seoul by default).</summary>
    public required DateTime OpensAt { get; init; }

    /// <summary>When submissions close, as a wall-clock time in the organisation's time zone; after <see cref="OpensAt"/>.</summary>
    public required DateTime ClosesAt { get; init; }

    /// <summary>Categories to choose from; none means no category input.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Who is invited: they get the announcement and the results digest.</summary>
    public Audience Audience { get; init; } = Audience.All;

    /// <summary>Authors are hidden from other staff in every card; reviewers still see them.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The reviewer group: directory groups, departments or people. Must resolve to somebody.</summary>
    public required Audience Reviewers { get; init; }

    /// <summary>Incentive points the author of an adopted idea earns.</summary>
    public int IncentivePoints { get; init; }

    /// <summary>Sends the announcement card (with the submission form) to the audience when the window opens.</summary>
    public bool Announce { get; init; } = true;
}
