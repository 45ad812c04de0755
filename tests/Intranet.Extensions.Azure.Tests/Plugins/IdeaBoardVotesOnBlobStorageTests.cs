using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Plugins.IdeaBoard;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Azure.Tests.Plugins;

/// <summary>
/// The load case through the real idea board: two host instances share one Blob Storage account (Azurite), and
/// a thousand people click "vote" on one idea at the same moment, half of them on each instance. Only the ETag
/// conditions of the blob store keep the shards exact: no process-local lock is shared between the instances.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IdeaBoardVotesOnBlobStorageTests(AzuriteFixture azurite)
{
    private const int Voters = 1_000;
    private const string Campaign = "kindness";
    private const string Author = "person-01001";

    [Fact]
    public async Task A_thousand_votes_at_once_on_two_instances_are_all_counted_and_a_thousand_toggles_leave_exactly_half()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(Voters + 1));
        await using var first = await AzureInstance.StartAsync(setup, plugins: b => b.AddIdeaBoard());
        await using var second = await AzureInstance.StartAsync(setup, plugins: b => b.AddIdeaBoard());
        var board = first.Services.GetRequiredService<IIdeaBoard>();
        await board.CreateCampaignAsync(OpenCampaign());
        var ideaId = await SubmitIdeaAsync(second);
        var voters = setup.People.Select(p => p.Id).Where(id => id != Author).ToList();

        var votes = await PluginClicks.AllAtOnceAsync([first, second], voters, (instance, person, _) => Vote(instance, person, ideaId, on: true));

        Assert.All(votes, r => Assert.IsType<CardResult>(r));
        Assert.Equal(Voters, await board.GetVoteCountAsync(Campaign, ideaId));

        // Everyone clicks again at once: the even ones take their vote back, the odd ones click "vote" a second time.
        var toggles = await PluginClicks.AllAtOnceAsync([second, first], voters, (instance, person, i) => Vote(instance, person, ideaId, on: i % 2 == 1));

        Assert.All(toggles, r => Assert.IsType<CardResult>(r));
        Assert.Equal(Voters / 2, await second.Services.GetRequiredService<IIdeaBoard>().GetVoteCountAsync(Campaign, ideaId));
        var csv = System.Text.Encoding.UTF8.GetString(await board.ExportCsvAsync(Campaign, IdeaBoardExport.Votes));
        var listed = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(Voters / 2, listed.Count);
        Assert.All(voters.Where((_, i) => i % 2 == 1), v => Assert.Contains(listed, line => line.Contains("," + v + ",", StringComparison.Ordinal)));
        Assert.DoesNotContain(first.Logs.Entries.Concat(second.Logs.Entries), e => e.Level >= LogLevel.Error);
    }

    private static Task<CardActionResult> Vote(AzureInstance instance, string person, string ideaId, bool on) =>
        instance.ClickAsync(person, "ideaboard.vote", new JsonObject { ["campaignId"] = Campaign, ["ideaId"] = ideaId, ["on"] = on ? "true" : "false" });

    private static async Task<string> SubmitIdeaAsync(AzureInstance instance)
    {
        var submitted = await instance.ClickAsync(Author, "ideaboard.submit", new JsonObject
        {
            ["campaignId"] = Campaign,
            ["draftId"] = "d1",
            ["title"] = "어르신 천천히 창구",
            ["body"] = "민원실에 천천히 안내하는 창구를 둡니다.",
        });
        var card = Assert.IsType<CardResult>(submitted).Card;
        return (string)card.Actions.OfType<ExecuteAction>().First(a => a.Verb == "ideaboard.idea").Data!["ideaId"]!;
    }

    // Campaign times are wall-clock times of the organisation (Seoul by default); the window is open now.
    private static CampaignDefinition OpenCampaign()
    {
        var seoulNow = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(9), DateTimeKind.Unspecified);
        return new()
        {
            Id = Campaign,
            Title = "친절 정책 공모",
            OpensAt = seoulNow.AddDays(-1),
            ClosesAt = seoulNow.AddDays(7),
            Reviewers = Audience.Users(Author),
            Announce = false,
        };
    }
}
