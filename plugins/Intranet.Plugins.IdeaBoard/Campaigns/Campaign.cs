using Intranet.Extensions.People;

namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>A campaign as stored at <c>ideaboard/campaigns/{id}</c>. Instants are UTC; the window is enforced in the organisation's time zone by construction.</summary>
internal sealed record Campaign
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public CampaignKind Kind { get; init; }

    public required DateTimeOffset OpensAt { get; init; }

    public required DateTimeOffset ClosesAt { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public Audience Audience { get; init; } = Audience.All;

    public bool Anonymous { get; init; }

    public required Audience Reviewers { get; init; }

    public int IncentivePoints { get; init; }

    public bool Announce { get; init; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when the campaign was closed (by the close job or a host); cleared when it reopens.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Bumped on every reopening, so announcements and digests of a new round get new message ids.</summary>
    public int Round { get; init; }

    public CampaignPhase PhaseAt(DateTimeOffset now) =>
        ClosedAt is not null || now >= ClosesAt ? CampaignPhase.Closed
        : now < OpensAt ? CampaignPhase.Scheduled
        : CampaignPhase.Open;

    public CampaignInfo ToInfo(DateTimeOffset now, int ideas) =>
        new(Id, Title, Kind, OpensAt, ClosesAt, PhaseAt(now), ClosedAt, Anonymous, IncentivePoints, ideas);
}
