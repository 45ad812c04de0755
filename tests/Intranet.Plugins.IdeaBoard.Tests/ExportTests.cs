using System.Text;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Export;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>CSV export: UTF-8 with BOM, localized headers, RFC 4180 quoting, formula cells defused.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Ideas_votes_and_decisions_export_as_utf8_csv_with_a_byte_order_mark()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "=HYPERLINK(\"http://evil\")", "첫 줄, 쉼표\n\"둘째\" 줄");
        await host.VoteAsync("lee", ideaId);
        await host.VoteAsync("emma", ideaId);
        await host.ActAsync("head", "ideaboard.score", new() { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["impact"] = "5", ["feasibility"] = "4", ["cost"] = "3" });
        await host.DecideAsync("head", ideaId, "adopt", "좋습니다");
        var board = host.Get<IIdeaBoard>();

        var ideas = await board.ExportCsvAsync("kindness", IdeaBoardExport.Ideas);
        var votes = await board.ExportCsvAsync("kindness", IdeaBoardExport.Votes);
        var decisions = await board.ExportCsvAsync("kindness", IdeaBoardExport.Decisions);

        foreach (var file in new[] { ideas, votes, decisions })
        {
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file[..3]);
        }

        var ideasText = Encoding.UTF8.GetString(ideas[3..]);
        var header = ideasText[..ideasText.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("제안 ID,제목,분야,작성자 ID,작성자,부서,제출 시각", header);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", ideasText);
        Assert.Contains("\"첫 줄, 쉼표\n\"\"둘째\"\" 줄\"", ideasText);
        Assert.Contains("2026-03-02 09:00:00 +09:00", ideasText);
        Assert.Contains(",채택,좋습니다,박과장,", ideasText);
        Assert.Contains(",5,4,3,1,", ideasText); // average scores, then the number of reviewers
        var voteLines = Encoding.UTF8.GetString(votes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, voteLines.Length);
        Assert.Contains(voteLines, l => l.Contains(",emma,Emma Lee,민원여권과,", StringComparison.Ordinal));
        var decisionLines = Encoding.UTF8.GetString(decisions[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, decisionLines.Length); // header, the adoption, the score
    }

    [Fact]
    public async Task Reviewers_export_from_a_card_and_get_links_to_the_stored_files()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        await host.SubmitIdeaAsync("kim", "제안");

        var card = (await host.ActAsync("lead", "ideaboard.export", new() { ["campaignId"] = "kindness" })).Card();
        var refused = (await host.ActAsync("kim", "ideaboard.export", new() { ["campaignId"] = "kindness" })).Error();

        var links = card.Actions.OfType<Intranet.Extensions.Cards.OpenUrlAction>().Select(a => a.Url).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.Contains("/documents/ideaboard/exports/kindness/", l));
        var documents = host.Get<Intranet.Extensions.Storage.IDocumentStore>();
        var stored = new List<string>();
        await foreach (var document in documents.ListAsync("ideaboard/exports/kindness/"))
        {
            stored.Add(document.Path);
        }

        Assert.Equal(3, stored.Count);
        Assert.Equal("NotReviewer", refused.Code);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void Cells_are_quoted_and_formulas_defused(string value, string expected) => Assert.Equal(expected, Csv.Escape(value));
}
