using Intranet.Extensions.Gallery;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Demo;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Publishing;
using Intranet.Plugins.Manuals.Search;

namespace Intranet.Plugins.Manuals.Gallery;

/// <summary>Every card of the plugin in every state worth seeing, filled with the demo manual.</summary>
internal sealed class ManualCardSamples : ICardSampleProvider
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly Uri Base = new("https://intranet.example/documents/");

    public IEnumerable<CardSample> GetSamples()
    {
        var importer = new MarkdownManualImporter(1000);
        var draft = importer.Parse(DemoManuals.Load(DemoManuals.DongChief)).Manual!;
        var revised = importer.Parse(DemoManuals.LoadRevision()).Manual!;
        var v1 = Version(draft with
        {
            Attachments =
            [
                new ManualAttachment("민선8기 동장 업무 매뉴얼.pdf", "manuals/dong-chief-duties/files/sample.pdf", "application/pdf", 1_843_200),
                new ManualAttachment("동 업무 보고 서식.hwp", "manuals/dong-chief-duties/files/sample.hwp", "application/x-hwp", 48_128),
            ],
        }, 1, null, isMajor: true);
        var v2 = Version(revised, 2, v1, isMajor: false);
        var v3 = Version(revised with { Title = revised.Title }, 3, v2, isMajor: true);
        var optional = Version(draft with { Acknowledgement = draft.Acknowledgement with { Required = false } }, 1, null, isMajor: true) with { DueDate = null };
        var at = PublishedAt.AddHours(5);
        Acknowledgement Ack(int version) => new(v1.ManualId, version, "u02", "이서연", "행복1동 행정복지센터", at);
        string[] readers = ["u02", "u03"];

        yield return Sample("manual", c => ManualCards.Manual(Model(v1) with { RefreshUserIds = readers }, c));
        yield return Sample("manual-changes", c => ManualCards.Manual(Model(v2) with { RefreshUserIds = readers }, c));
        yield return Sample("manual-acknowledged", c => ManualCards.Manual(Model(v1) with { Reader = new ReaderState(Ack(1), Ack(1), 1, true), RefreshUserIds = ["u02"] }, c));
        yield return Sample("manual-already", c => ManualCards.Manual(Model(v1) with { Reader = new ReaderState(Ack(1), Ack(1), 1, true), RefreshUserIds = ["u02"], Notice = CardNotice.AlreadyAcknowledged }, c));
        yield return Sample("manual-covered", c => ManualCards.Manual(Model(v2) with { Reader = new ReaderState(null, Ack(1), 2, true), RefreshUserIds = ["u02"] }, c));
        yield return Sample("manual-outdated", c => ManualCards.Manual(Model(v2) with { Reader = new ReaderState(Ack(2), Ack(2), 3, false), RefreshUserIds = ["u02"] }, c));
        yield return Sample("manual-optional", c => ManualCards.Manual(Model(optional) with { Reader = new ReaderState(null, null, 1, false), RefreshUserIds = ["u02"] }, c));
        yield return Sample("reminder", c => ManualCards.Manual(Model(v1) with { IsReminder = true, RefreshUserIds = readers }, c));

        var area = v2.Manual.Areas[1];
        var (changedArea, changedTask) = v2.FindTask(v2.Changes.Changed.Count > 0 ? v2.Changes.Changed[0].Key : area.Tasks[0].Key);
        yield return Sample("browse", c => BrowseCards.Areas(v2, 0, 8, c));
        yield return Sample("area", c => BrowseCards.Area(v2, area, 0, 8, c));
        yield return Sample("area-page-2", c => BrowseCards.Area(v2, area, 1, 8, c));
        yield return Sample("task", c => BrowseCards.Task(v2, changedArea!, changedTask!, 8, c));
        yield return Sample("search-results", c => SearchCards.Results(v2, "주민등록", ManualSearch.Search(v2.Manual, "주민등록", 8), c));
        yield return Sample("search-empty", c => SearchCards.Results(v2, "**없는 말** <b>", [], c));

        var report = Report(v1);
        yield return Sample("report", c => ReportCards.Report(report, v1, c));
        yield return Sample("summary", c => ReportCards.Report(report, v1, c, isSummary: true, csvLink: new Uri(Base, "manuals/dong-chief-duties/v1/reports/acknowledgements.csv")));
        yield return Sample("export", c => ReportCards.Exported(v1, report.Total, new Uri(Base, "manuals/dong-chief-duties/v1/reports/acknowledgements.csv"), c));
    }

    private static CardSample Sample(string name, Func<System.Globalization.CultureInfo, Extensions.Cards.AdaptiveCard> render) =>
        new(ManualsPlugin.Descriptor.Id, name, render);

    private static ManualCardModel Model(ManualVersion version) => new(
        version,
        new Uri(Base, $"manuals/{version.ManualId}/v{version.Number}/manual.html"),
        [.. version.Manual.Attachments.Select(a => (a, new Uri(Base, a.Path)))]);

    private static ManualVersion Version(ManualDefinition manual, int number, ManualVersion? previous, bool isMajor) => new()
    {
        ManualId = manual.Id,
        Number = number,
        IsMajor = isMajor,
        AcknowledgementBaseline = isMajor ? number : previous?.AcknowledgementBaseline ?? number,
        Manual = manual,
        Changes = ManualDiff.Compare(previous, manual),
        PublishedAt = PublishedAt.AddDays(7 * (number - 1)),
        PublishedById = "u01",
        OwnerId = "u01",
        DueDate = new DateOnly(2026, 3, 16).AddDays(7 * (number - 1)),
        DocumentPath = $"manuals/{manual.Id}/v{number}/manual.html",
        ReadersKey = "sample",
        ReaderCount = 20,
        RequestId = "sample",
    };

    private static ManualReport Report(ManualVersion version)
    {
        string[] units = ["행복1동 행정복지센터", "행복2동 행정복지센터", "새봄동 행정복지센터", "한빛동 행정복지센터"];
        string[] names = ["김민준", "이서연", "박도윤", "최지우", "정하준"];
        var statuses = new List<ReaderStatus>();
        for (var u = 0; u < units.Length; u++)
        {
            for (var p = 0; p < names.Length; p++)
            {
                var reader = new ManualReader($"u{u * 5 + p + 21:00}", names[p], units[u]);
                var done = p <= u;
                statuses.Add(new ReaderStatus(reader, done ? new Acknowledgement(version.ManualId, 1, reader.Id, reader.DisplayName, reader.Unit, PublishedAt.AddHours(p + 1)) : null));
            }
        }

        var unitReports = statuses.GroupBy(s => s.Reader.Unit!)
            .Select(g => new UnitReport(g.Key, g.Count(), g.Count(s => s.HasAcknowledged), [.. g.Where(s => !s.HasAcknowledged).Select(s => s.Reader)]))
            .ToList();
        return new ManualReport(version.ManualId, version.Number, version.Manual.Title, version.DueDate, PublishedAt.AddDays(14), unitReports, statuses);
    }
}
