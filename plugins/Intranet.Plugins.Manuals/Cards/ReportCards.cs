using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Model;
using static Intranet.Plugins.Manuals.Cards.CardParts;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>The owner's view of confirmations: rate per unit, who is missing, CSV export; and the summary at the due date.</summary>
internal static class ReportCards
{
    private const int MaxUnits = 25;
    private const int MaxMissingUnits = 12;
    private const int MaxNamesPerUnit = 15;

    public static AdaptiveCard Report(ManualReport report, ManualVersion version, CultureInfo culture, bool isSummary = false, Uri? csvLink = null)
    {
        var kicker = isSummary ? F("summary.kicker", culture, version.Number) : F("report.kicker", culture, version.Number);
        var card = Card(F(isSummary ? "summary.fallback" : "report.fallback", culture, report.Title, Percent(report.Rate)),
            [Header(kicker, report.Title, isSummary ? ContainerStyle.Accent : ContainerStyle.Emphasis)]);
        var facts = new List<Fact>
        {
            new(T("report.readers", culture), F("report.people", culture, report.Total)),
            new(T("report.acknowledged", culture), F("report.rate", culture, report.Acknowledged, report.Total, Percent(report.Rate))),
        };
        if (report.DueDate is { } due)
        {
            facts.Add(new(T("manual.due", culture), Date(due, culture)));
        }

        card.Body.Add(new FactSet { Facts = facts });
        card.Body.Add(new TextBlock(F("report.asof", culture, When(report.GeneratedAt))) { IsSubtle = true, Size = TextSize.Small });

        card.Body.Add(Heading(T("report.units", culture)));
        foreach (var unit in report.Units.Take(MaxUnits))
        {
            card.Body.Add(new ColumnSet
            {
                Spacing = Spacing.Small,
                Columns =
                [
                    new Column { Width = "stretch", Items = [Runs(Run(UnitName(unit.Unit, culture)))] },
                    new Column
                    {
                        Width = "auto",
                        Items =
                        [
                            new TextBlock(F("report.rate", culture, unit.Acknowledged, unit.Total, Percent(unit.Rate)))
                            {
                                Color = unit.Acknowledged == unit.Total ? TextColor.Good : unit.Rate < 0.5 ? TextColor.Attention : TextColor.Warning,
                            },
                        ],
                    },
                ],
            });
        }

        if (report.Units.Count > MaxUnits)
        {
            card.Body.Add(new TextBlock(F("report.moreUnits", culture, report.Units.Count - MaxUnits)) { IsSubtle = true });
        }

        var missingUnits = report.Units.Where(u => u.Missing.Count > 0).ToList();
        card.Body.Add(Heading(F("report.missing", culture, report.Total - report.Acknowledged)));
        if (missingUnits.Count == 0)
        {
            card.Body.Add(new TextBlock(T("report.allDone", culture)) { Color = TextColor.Good });
        }

        foreach (var unit in missingUnits.Take(MaxMissingUnits))
        {
            var names = string.Join(", ", unit.Missing.Take(MaxNamesPerUnit).Select(r => r.DisplayName));
            var more = unit.Missing.Count > MaxNamesPerUnit ? " " + F("report.morePeople", culture, unit.Missing.Count - MaxNamesPerUnit) : "";
            card.Body.Add(Runs(Run(UnitName(unit.Unit, culture) + ": ", bold: true), Run(names + more, maxLength: 600)));
        }

        if (missingUnits.Count > MaxMissingUnits)
        {
            card.Body.Add(new TextBlock(F("report.moreUnits", culture, missingUnits.Count - MaxMissingUnits)) { IsSubtle = true });
        }

        if (csvLink is not null)
        {
            card.Actions.Add(new OpenUrlAction { Title = T("report.download", culture), Url = csvLink.AbsoluteUri });
        }
        else
        {
            card.Actions.Add(Execute("export", T("report.export", culture), Data(version)));
        }

        card.Actions.Add(Execute("report", T("report.refresh", culture), Data(version)));
        return card;
    }

    public static AdaptiveCard Exported(ManualVersion version, int rows, Uri link, CultureInfo culture)
    {
        var card = Card(F("export.fallback", culture, version.Manual.Title),
        [
            Header(F("report.kicker", culture, version.Number), version.Manual.Title),
            new TextBlock(F("export.done", culture, rows)),
            new TextBlock(T("export.hint", culture)) { IsSubtle = true },
        ]);
        card.Actions.Add(new OpenUrlAction { Title = T("report.download", culture), Url = link.AbsoluteUri });
        card.Actions.Add(Execute("report", T("action.report", culture), Data(version)));
        return card;
    }

    private static string UnitName(string unit, CultureInfo culture) => unit.Length > 0 ? unit : T("report.noUnit", culture);
}
