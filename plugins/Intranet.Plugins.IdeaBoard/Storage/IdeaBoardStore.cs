using System.Globalization;
using System.Text.RegularExpressions;
using Intranet.Extensions.Storage;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Ideas;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Storage;

/// <summary>Campaign and idea documents. Ids from card data are checked before they become keys.</summary>
internal sealed partial class IdeaBoardStore(IStateStore store)
{
    public IStateStore State => store;

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public async Task<Campaign?> FindCampaignAsync(string? campaignId, CancellationToken cancellationToken) =>
        IsValidId(campaignId) ? (await store.GetAsync<Campaign>(IdeaBoardKeys.Campaign(campaignId!), cancellationToken))?.Value : null;

    /// <summary>The campaign, or the actor's "not found" error.</summary>
    public async Task<Campaign> GetCampaignAsync(string? campaignId, CultureInfo culture, CancellationToken cancellationToken) =>
        await FindCampaignAsync(campaignId, cancellationToken) ?? throw Error("CampaignNotFound", culture);

    public async Task<IReadOnlyList<Campaign>> ListCampaignsAsync(CancellationToken cancellationToken)
    {
        var campaigns = new List<Campaign>();
        await foreach (var entry in store.ListAsync<Campaign>(IdeaBoardKeys.CampaignsPrefix, cancellationToken))
        {
            campaigns.Add(entry.Value);
        }

        return [.. campaigns.OrderByDescending(c => c.OpensAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public Task<Versioned<Campaign>?> UpdateCampaignAsync(string campaignId, Func<Campaign?, Campaign?> update, CancellationToken cancellationToken) =>
        store.UpdateAsync(IdeaBoardKeys.Campaign(campaignId), update, cancellationToken: cancellationToken);

    public async Task<Idea?> FindIdeaAsync(string campaignId, string? ideaId, CancellationToken cancellationToken) =>
        IsValidId(ideaId) ? (await store.GetAsync<Idea>(IdeaBoardKeys.Idea(campaignId, ideaId!), cancellationToken))?.Value : null;

    /// <summary>The idea, or the actor's "not found" error.</summary>
    public async Task<Idea> GetIdeaAsync(string campaignId, string? ideaId, CultureInfo culture, CancellationToken cancellationToken) =>
        await FindIdeaAsync(campaignId, ideaId, cancellationToken) ?? throw Error("IdeaNotFound", culture);

    /// <summary>Every idea of the campaign, withdrawn ones included, oldest first.</summary>
    public async Task<IReadOnlyList<Idea>> ListIdeasAsync(string campaignId, CancellationToken cancellationToken)
    {
        var ideas = new List<Idea>();
        await foreach (var entry in store.ListAsync<Idea>(IdeaBoardKeys.IdeasPrefix(campaignId), cancellationToken))
        {
            ideas.Add(entry.Value);
        }

        return [.. ideas.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    public Task<Versioned<Idea>?> UpdateIdeaAsync(string campaignId, string ideaId, Func<Idea?, Idea?> update, CancellationToken cancellationToken) =>
        store.UpdateAsync(IdeaBoardKeys.Idea(campaignId, ideaId), update, cancellationToken: cancellationToken);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex IdPattern();
}
