using System.Globalization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Plugins.IdeaBoard.Closing;
using Intranet.Plugins.IdeaBoard.Export;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;

namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>The host-facing campaign service. Everything is checked before anything is stored or sent.</summary>
internal sealed class IdeaBoardService(
    IdeaBoardStore store, VoteStore votes, CampaignClosing closing, CampaignExport exporter, IScheduler scheduler, IDirectory directory,
    IOrganizationContext organization, TimeProvider time) : IIdeaBoard
{
    private CultureInfo Culture => organization.DefaultCulture;

    public async Task<CampaignInfo> CreateCampaignAsync(CampaignDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!IdeaBoardStore.IsValidId(definition.Id))
        {
            throw new IdeaBoardException("InvalidCampaignId", Culture, definition.Id);
        }

        if (string.IsNullOrWhiteSpace(definition.Title))
        {
            throw new IdeaBoardException("MissingCampaignTitle", Culture);
        }

        var zone = organization.TimeZone;
        var opensAt = CampaignWindow.ToInstant(definition.OpensAt, zone);
        var closesAt = CampaignWindow.ToInstant(definition.ClosesAt, zone);
        if (closesAt <= opensAt || closesAt <= time.GetUtcNow())
        {
            throw new IdeaBoardException("InvalidWindow", Culture);
        }

        if (definition.IncentivePoints < 0 || definition.Categories.Any(string.IsNullOrWhiteSpace))
        {
            throw new IdeaBoardException("InvalidCampaign", Culture);
        }

        // An empty audience or reviewer group would make every later card undeliverable: refuse it now.
        await RequireSomebodyAsync(definition.Audience, "NoAudience", cancellationToken);
        await RequireSomebodyAsync(definition.Reviewers, "NoReviewers", cancellationToken);

        var campaign = new Campaign
        {
            Id = definition.Id,
            Title = definition.Title.Trim(),
            Description = definition.Description.Trim(),
            Kind = definition.Kind,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            Categories = [.. definition.Categories.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)],
            Audience = definition.Audience,
            Anonymous = definition.Anonymous,
            Reviewers = definition.Reviewers,
            IncentivePoints = definition.IncentivePoints,
            Announce = definition.Announce,
            CreatedAt = time.GetUtcNow(),
        };
        var stored = (await store.UpdateCampaignAsync(campaign.Id, c => c is null ? campaign : null, cancellationToken))!.Value;
        if (!ReferenceEquals(stored, campaign))
        {
            throw new IdeaBoardException("CampaignExists", Culture, definition.Id);
        }

        await closing.ScheduleAsync(campaign, cancellationToken);
        if (campaign.Announce && campaign.PhaseAt(time.GetUtcNow()) == CampaignPhase.Open)
        {
            await closing.AnnounceAsync(campaign, cancellationToken);
        }

        return campaign.ToInfo(time.GetUtcNow(), 0);
    }

    public async Task<CampaignInfo?> GetCampaignAsync(string campaignId, CancellationToken cancellationToken = default) =>
        await store.FindCampaignAsync(campaignId, cancellationToken) is { } campaign ? await InfoAsync(campaign, cancellationToken) : null;

    public async Task<IReadOnlyList<CampaignInfo>> ListCampaignsAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<CampaignInfo>();
        foreach (var campaign in await store.ListCampaignsAsync(cancellationToken))
        {
            list.Add(await InfoAsync(campaign, cancellationToken));
        }

        return list;
    }

    public async Task<CampaignInfo> OpenAsync(string campaignId, DateTime? closesAt = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var campaign = await FindAsync(campaignId, cancellationToken);
        var newClose = closesAt is { } wallClock ? CampaignWindow.ToInstant(wallClock, organization.TimeZone) : campaign.ClosesAt;
        if (newClose <= now)
        {
            throw new IdeaBoardException("InvalidWindow", Culture);
        }

        var phase = campaign.PhaseAt(now);
        if (phase == CampaignPhase.Open && closesAt is null)
        {
            return await InfoAsync(campaign, cancellationToken);
        }

        var opened = (await store.UpdateCampaignAsync(campaign.Id, c => c is null ? null : c with
        {
            OpensAt = c.OpensAt > now ? now : c.OpensAt,
            ClosesAt = newClose,
            ClosedAt = null,
            Round = c.PhaseAt(now) == CampaignPhase.Closed ? c.Round + 1 : c.Round,
        }, cancellationToken))!.Value;

        await scheduler.CancelAsync(CampaignClosing.OpenJobId(opened.Id), cancellationToken);
        await closing.ScheduleAsync(opened, cancellationToken);
        if (opened.Announce && phase != CampaignPhase.Open)
        {
            await closing.AnnounceAsync(opened, cancellationToken);
        }

        return await InfoAsync(opened, cancellationToken);
    }

    public async Task<CampaignInfo> CloseAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var campaign = await FindAsync(campaignId, cancellationToken);
        if (campaign.ClosedAt is null)
        {
            await store.UpdateCampaignAsync(campaign.Id, c => c is null || c.ClosedAt is not null ? null : c with
            {
                ClosesAt = c.ClosesAt > now ? now : c.ClosesAt,
                OpensAt = c.OpensAt > now ? now : c.OpensAt,
            }, cancellationToken);
        }

        await scheduler.CancelAsync(CampaignClosing.OpenJobId(campaign.Id), cancellationToken);
        await scheduler.CancelAsync(CampaignClosing.CloseJobId(campaign.Id), cancellationToken);
        var closed = await closing.CloseIfDueAsync(campaign.Id, cancellationToken) ?? campaign;
        return await InfoAsync(closed, cancellationToken);
    }

    public async Task<byte[]> ExportCsvAsync(string campaignId, IdeaBoardExport export, CancellationToken cancellationToken = default) =>
        await exporter.CsvAsync(await FindAsync(campaignId, cancellationToken), export, Culture, cancellationToken);

    public async Task<int> GetVoteCountAsync(string campaignId, string ideaId, CancellationToken cancellationToken = default)
    {
        var campaign = await FindAsync(campaignId, cancellationToken);
        return IdeaBoardStore.IsValidId(ideaId) ? await votes.CountAsync(campaign.Id, ideaId, cancellationToken) : 0;
    }

    private async Task<Campaign> FindAsync(string campaignId, CancellationToken cancellationToken) =>
        await store.FindCampaignAsync(campaignId, cancellationToken) ?? throw new IdeaBoardException("CampaignNotFound", Culture);

    private async Task<CampaignInfo> InfoAsync(Campaign campaign, CancellationToken cancellationToken) =>
        campaign.ToInfo(time.GetUtcNow(), (await store.ListIdeasAsync(campaign.Id, cancellationToken)).Count(i => i.IsVisible));

    private async Task RequireSomebodyAsync(Audience audience, string code, CancellationToken cancellationToken)
    {
        await foreach (var _ in directory.ResolveAsync(audience, cancellationToken))
        {
            return;
        }

        throw new IdeaBoardException(code, Culture);
    }
}
