using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.Reports;

/// <summary>The organiser's report card, its CSV exports and the comments page.</summary>
public sealed class OrganiserReportTests : IAsyncLifetime
{
    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync([Junior("j1", "민원여권과"), Junior("j2"), Junior("j3"), Senior("s1", "복지정책과"), Senior("s2", "=HYPERLINK(\"x\")")]);
        await _host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", 2, 1), Session("s2", 1, 1, day: 12)));
        await _host.SignUpAsync("j1");
        await _host.SignUpAsync("j2");
        await _host.SignUpAsync("j3"); // waitlisted
        await _host.SignUpAsync("s1");
        await _host.SignUpAsync("s2", "s2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_report_shows_fill_per_session_and_group_with_waitlists()
    {
        var report = await _host.HopeDay().GetReportAsync("r1");
        var card = await _host.ActAsync("org", "hopeday.report", new JsonObject { ["roundId"] = "r1" });

        Assert.Equal(new GroupFill(2, 2, 1), report.Sessions[0].Junior);
        Assert.Equal(new GroupFill(1, 1, 0), report.Sessions[0].Senior);
        Assert.Equal(new GroupFill(1, 0, 0), report.Sessions[1].Junior);
        Assert.Equal(new GroupFill(1, 1, 0), report.Sessions[1].Senior);
        Assert.Equal(1, report.Sessions[0].Participants.Single(p => p.PersonId == "j3").WaitlistPosition);
        Assert.Null(report.Sessions[0].Attended);
        var text = card.Json();
        Assert.Contains("2 of 2 seats taken, 1 waiting", text, StringComparison.Ordinal);
        Assert.Contains("0 of 1 seats taken, 0 waiting", text, StringComparison.Ordinal);
        Assert.Equal(["org"], card.Card().Refresh!.UserIds);
        Assert.Contains(card.Card().Actions.OfType<ExecuteAction>(), a => a.Verb == "hopeday.close");
    }

    [Fact]
    public async Task Only_organisers_read_the_report()
    {
        var error = Assert.IsType<ErrorResult>(await _host.ActAsync("j1", "hopeday.report", new JsonObject { ["roundId"] = "r1" }));

        Assert.Equal(HopeDayErrors.NotOrganizer, error.Code);
        Assert.Equal("Only the round's organisers can do this.", error.Message);
    }

    [Fact]
    public async Task The_summary_csv_is_utf8_with_a_bom_and_korean_headers()
    {
        var bytes = await _host.HopeDay().ExportCsvAsync("r1", "summary", "ko-KR");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        Assert.Equal("회차,일시,장소,구분,좌석,확정,대기,참석,응답 수,평균 만족도", lines[0]);
        Assert.Equal("s1,2026년 3월 12일 (목) 14:00~16:00,본관 3층 소통마루,새내기 직원,2,2,1,,0,", lines[1]);
        Assert.Equal("s1,2026년 3월 12일 (목) 14:00~16:00,본관 3층 소통마루,선배 직원,1,1,0,,0,", lines[2]);
        Assert.Equal(6, lines.Length); // header, two sessions of two groups, and the empty rest after the last CRLF
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task The_participants_csv_lists_everyone_and_defuses_formulas()
    {
        var text = Encoding.UTF8.GetString(await _host.HopeDay().ExportCsvAsync("r1", "participants", "en-US"));

        Assert.Contains("s1,\"Thu, Mar 12, 2026, 2:00 PM to 4:00 PM\",Junior j3,민원여권과,Junior staff,Waitlisted,1,,\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",Senior s2,\"'=HYPERLINK(\"\"x\"\")\",Senior staff,Confirmed,,,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_from_the_card_stores_the_files_and_links_them()
    {
        var card = (await _host.ActAsync("org", "hopeday.export", new JsonObject { ["roundId"] = "r1" })).Card();

        var links = card.Actions.OfType<OpenUrlAction>().ToList();
        Assert.Equal(3, links.Count);
        var path = new Uri(links[0].Url).AbsolutePath["/documents/".Length..];
        await using var document = await _host.Get<IDocumentStore>().OpenReadAsync(path);
        Assert.NotNull(document);
        Assert.Equal("text/csv; charset=utf-8", document.Info.ContentType);
        using var buffer = new MemoryStream();
        await document.Content.CopyToAsync(buffer);
        Assert.Equal(0xEF, buffer.ToArray()[0]);
        Assert.Equal(await _host.HopeDay().ExportCsvAsync("r1", "summary", "en-US"), buffer.ToArray());
    }

    [Fact]
    public async Task The_comments_page_shows_anonymous_comments_verbatim_ten_at_a_time()
    {
        // Twelve people of a past session answer through the service; nobody's name reaches the page.
        await using var host = await StartAsync([.. Enumerable.Range(0, 12).Select(i => Senior($"p{i:00}"))]);
        await host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", 0, 12)));
        foreach (var i in Enumerable.Range(0, 12))
        {
            await host.SignUpAsync($"p{i:00}");
        }

        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 12, 17, 0, 0, Kst));
        foreach (var i in Enumerable.Range(0, 12))
        {
            Assert.True(await host.HopeDay().SubmitFeedbackAsync("r1", $"p{i:00}", 1 + i % 5, $"**comment {i:00}** <b>x</b>"));
        }

        var first = (await host.ActAsync("org", "hopeday.comments", new JsonObject { ["roundId"] = "r1" })).Card();
        var second = (await host.ActAsync("org", "hopeday.comments", new JsonObject { ["roundId"] = "r1", ["page"] = "2" })).Card();

        var runs = first.Body.OfType<Container>().SelectMany(c => c.Items.OfType<RichTextBlock>()).SelectMany(r => r.Inlines).Select(r => r.Text).ToList();
        Assert.Equal(10, runs.Count);
        Assert.All(runs, r => Assert.Matches(@"^\*\*comment \d\d\*\* <b>x</b>$", r));
        Assert.Equal(2, second.Body.OfType<Container>().Count());
        Assert.Contains(first.Actions.OfType<ExecuteAction>(), a => a.Verb == "hopeday.comments" && (string?)a.Data!["page"] == "2");
        Assert.DoesNotContain("Senior p", first.ToJson() + second.ToJson(), StringComparison.Ordinal);
        Assert.False(await host.HopeDay().SubmitFeedbackAsync("r1", "p00", 5, "again"));
    }
}
