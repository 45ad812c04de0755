using System.Text;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Rates per unit, who is missing, the report card and the CSV for Excel.</summary>
public sealed class ReportTests
{
    private static List<StaffMember> People()
    {
        var people = TestRoster.People(perCentre: 4, centres: 2);
        // Names that would break a naive CSV or run as an Excel formula.
        people[^1] = people[^1] with { DisplayName = "=HYPERLINK(\"http://x\")" };
        people[^2] = people[^2] with { DisplayName = "박, \"별명\"" };
        return people;
    }

    [Fact]
    public async Task The_report_counts_confirmations_per_unit_and_names_who_is_missing()
    {
        await using var host = await ManualsHost.StartAsync(People());
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        foreach (var id in new[] { "c1p001", "c1p002", "c1p003", "c2p004" })
        {
            await host.Library.AcknowledgeAsync("small", 1, id);
        }

        var report = await host.Library.GetReportAsync("small");

        Assert.Equal((8, 4, 0.5), (report.Total, report.Acknowledged, report.Rate));
        Assert.Equal([TestRoster.Centres[0], TestRoster.Centres[1]], report.Units.Select(u => u.Unit));
        Assert.Equal([(4, 3), (4, 1)], report.Units.Select(u => (u.Total, u.Acknowledged)));
        Assert.Equal(["c1p004"], report.Units[0].Missing.Select(m => m.Id));
        Assert.Equal(["c2p001", "c2p002", "c2p003"], report.Units[1].Missing.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(0.75, report.Units[0].Rate);
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_byte_order_mark_quoted_and_safe_from_formulas()
    {
        await using var host = await ManualsHost.StartAsync(People());
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        host.Host.Time.Advance(TimeSpan.FromMinutes(95));
        await host.Library.AcknowledgeAsync("small", 1, "c1p001");

        var bytes = await host.Library.ExportCsvAsync("small", 1, IntranetCultures.Korean);
        var english = Encoding.UTF8.GetString(await host.Library.ExportCsvAsync("small", null, IntranetCultures.English));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("부서,이름,ID,확인 여부,확인한 판,확인 시각", lines[0]);
        Assert.Equal("행복1동 행정복지센터,주민001,c1p001,확인,v1,2026-03-02 10:35", lines[1]);
        Assert.Equal("행복1동 행정복지센터,주민002,c1p002,미확인,,", lines[2]);
        Assert.Contains("행복2동 행정복지센터,\"'=HYPERLINK(\"\"http://x\"\")\",c2p004,미확인,,", lines);
        Assert.Contains("행복2동 행정복지센터,\"박, \"\"별명\"\"\",c2p003,미확인,,", lines);
        Assert.Equal(10, lines.Length); // header, 8 readers, and the empty string after the last CRLF
        Assert.StartsWith("\uFEFFUnit,Name,ID,Status,Version confirmed,Confirmed at\r\n", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_owner_side_sees_the_report_and_exports_it_to_a_document()
    {
        await using var host = await ManualsHost.StartAsync(People());
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.ActAsync("c1p001", "acknowledge", "small", 1);

        var refused = Assert.IsType<ErrorResult>(await host.ActAsync("c1p002", "report", "small", 1));
        var report = ManualsHost.CardOf(await host.ActAsync("colleague", "report", "small", 1));
        var exported = ManualsHost.CardOf(await host.ActAsync(TestRoster.Owner, "export", "small", 1));

        Assert.Equal("NotAllowed", refused.Code);
        Assert.Contains("1/8명 (13%)", ManualsHost.Text(report), StringComparison.Ordinal);
        Assert.Contains("아직 확인하지 않은 사람 (7명)", ManualsHost.Text(report), StringComparison.Ordinal);
        var link = Assert.Single(exported.Actions.OfType<OpenUrlAction>()).Url;
        var path = link[(link.IndexOf("/documents/", StringComparison.Ordinal) + "/documents/".Length)..];
        await using var document = await host.Host.Get<IDocumentStore>().OpenReadAsync(path);
        Assert.NotNull(document);
        Assert.StartsWith("text/csv", document.Info.ContentType, StringComparison.Ordinal);
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, copy.ToArray()[..3]);
        Assert.Contains("주민001,c1p001,확인,v1", Encoding.UTF8.GetString(copy.ToArray()), StringComparison.Ordinal);
    }
}
