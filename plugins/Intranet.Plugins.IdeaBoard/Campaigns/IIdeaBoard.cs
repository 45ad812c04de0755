namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>
/// What hosts (an admin page, a script, a scheduled import) call to run campaigns. Staff never use it: they
/// act on the cards. Failures a publisher can fix throw <see cref="IdeaBoardException"/> with a localized message.
/// </summary>
public interface IIdeaBoard
{
    /// <summary>
    /// Creates a campaign, schedules its close (and its announcement when the window opens later), and announces
    /// it right away when the window is already open.
    /// </summary>
    /// <exception cref="IdeaBoardException">Invalid definition, an id in use, or an audience or reviewer group that resolves to nobody.</exception>
    Task<CampaignInfo> CreateCampaignAsync(CampaignDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>The campaign, or <see langword="null"/>.</summary>
    Task<CampaignInfo?> GetCampaignAsync(string campaignId, CancellationToken cancellationToken = default);

    /// <summary>Every campaign, newest window first.</summary>
    Task<IReadOnlyList<CampaignInfo>> ListCampaignsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the campaign now: a scheduled one opens early; a closed one reopens until <paramref name="closesAt"/>
    /// (wall-clock time in the organisation's time zone, required then). The audience gets the announcement.
    /// </summary>
    /// <exception cref="IdeaBoardException">Unknown campaign, or a reopening without a future closing time.</exception>
    Task<CampaignInfo> OpenAsync(string campaignId, DateTime? closesAt = null, CancellationToken cancellationToken = default);

    /// <summary>Closes the campaign now: submissions and votes stop and the audience gets the results digest.</summary>
    /// <exception cref="IdeaBoardException">Unknown campaign.</exception>
    Task<CampaignInfo> CloseAsync(string campaignId, CancellationToken cancellationToken = default);

    /// <summary>One of the campaign's CSV files, UTF-8 with a byte order mark (so Excel reads Korean correctly).</summary>
    /// <exception cref="IdeaBoardException">Unknown campaign.</exception>
    Task<byte[]> ExportCsvAsync(string campaignId, IdeaBoardExport export, CancellationToken cancellationToken = default);

    /// <summary>Votes an idea has now (exact: derived from the stored per-person votes).</summary>
    Task<int> GetVoteCountAsync(string campaignId, string ideaId, CancellationToken cancellationToken = default);
}
