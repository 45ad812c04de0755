using Intranet.Extensions.People;

namespace Intranet.Plugins.HopeDay;

/// <summary>What an organiser sets up: a round (for example "2026 first half") and its sessions.</summary>
public sealed record HopeDayRoundDefinition
{
    /// <summary>Stable id: letters, digits and <c>_@-</c>, for example <c>2026-h1</c>. Creating the same id again changes nothing.</summary>
    public required string Id { get; init; }

    /// <summary>The round's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>When invitations go out and sign-up opens.</summary>
    public required DateTimeOffset SignUpOpensAt { get; init; }

    /// <summary>When sign-up closes and tables are formed.</summary>
    public required DateTimeOffset SignUpClosesAt { get; init; }

    /// <summary>Who is junior.</summary>
    public required MixRule Rule { get; init; }

    /// <summary>The sessions; each person takes at most one.</summary>
    public required IReadOnlyList<HopeDaySessionDefinition> Sessions { get; init; }

    /// <summary>Who is invited; everyone by default.</summary>
    public Audience Audience { get; init; } = Audience.All;

    /// <summary>Organisers: they get the organiser card and may close sign-up, record attendance and read reports.</summary>
    public IReadOnlyList<string> OrganizerIds { get; init; } = [];

    /// <summary>Target table size; tables hold this many people, or one more, never fewer than needed to seat everyone.</summary>
    public int TableSize { get; init; } = 6;

    /// <summary>Seed of the table shuffle: the same seed and participants give the same tables.</summary>
    public int Seed { get; init; } = 1;
}
