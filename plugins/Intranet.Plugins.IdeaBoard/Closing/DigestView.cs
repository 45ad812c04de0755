using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Ideas;

namespace Intranet.Plugins.IdeaBoard.Closing;

/// <summary>The results of a closed campaign, as the whole audience may see them (authors hidden on anonymous campaigns).</summary>
internal sealed record DigestView(
    Campaign Campaign, DateTimeOffset ClosedAt, int Ideas, int Votes, int Comments, int Participants, int Adopted,
    IReadOnlyList<IdeaRow> Top, TimeZoneInfo Zone);
