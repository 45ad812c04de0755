using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Testing.Cards;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Cards stay under Teams' ~28 KB limit even when every typed field is at its maximum length.</summary>
public sealed class CardSizeTests
{
    private const int TeamsLimit = 28 * 1024;

    [Fact]
    public async Task The_largest_idea_review_and_browse_cards_fit_in_a_teams_message()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        string Korean(int length, int seed) => new([.. Enumerable.Range(0, length).Select(i => (char)('가' + (i * 7 + seed * 13) % 2000))]);
        var ids = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            ids.Add(await host.SubmitIdeaAsync(i % 2 == 0 ? "kim" : "lee", Korean(100, i), Korean(2000, i), draft: $"d{i}"));
        }

        for (var i = 0; i < 12; i++)
        {
            await host.CommentAsync(i % 2 == 0 ? "emma" : "ben", ids[0], Korean(500, 100 + i), draft: $"c{i}");
        }

        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["idea"] = (await host.ViewAsync("head", ids[0])).Card(),
            ["review"] = (await host.ActAsync("head", "ideaboard.review", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ids[0] })).Card(),
            ["browse"] = (await host.ActAsync("emma", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness" })).Card(),
            ["mine"] = (await host.ActAsync("kim", "ideaboard.mine", new JsonObject { ["campaignId"] = "kindness" })).Card(),
            ["queue"] = (await host.ActAsync("head", "ideaboard.queue", new JsonObject { ["campaignId"] = "kindness" })).Card(),
            ["edit"] = (await host.ActAsync("kim", "ideaboard.edit", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ids[0] })).Card(),
        };

        Assert.All(cards, c => Assert.True(Encoding.UTF8.GetByteCount(c.Value.ToJson()) < TeamsLimit, $"{c.Key}: {Encoding.UTF8.GetByteCount(c.Value.ToJson())} bytes"));
        await new AdaptiveCardValidator().AssertAllValidAsync(cards.Select(c => new KeyValuePair<string, string>(c.Key, c.Value.ToJson())));
    }
}
