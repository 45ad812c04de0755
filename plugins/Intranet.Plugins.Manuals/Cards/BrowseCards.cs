using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Content;
using Intranet.Plugins.Manuals.Model;
using static Intranet.Plugins.Manuals.Cards.CardParts;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>Browsing inside the card: areas → tasks (paged) → one task, with the way back at every step.</summary>
internal static class BrowseCards
{
    private const int MaxBodyCharacters = 2500;
    private const int MaxCautionCharacters = 700;
    private const int MaxReferenceCharacters = 300;

    public static AdaptiveCard Areas(ManualVersion version, int page, int pageSize, CultureInfo culture)
    {
        var manual = version.Manual;
        var pages = PageCount(manual.Areas.Count, pageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var card = Card(F("browse.fallback", culture, manual.Title),
        [
            Header(F("browse.kicker", culture, version.Number), manual.Title),
            new TextBlock(F("browse.intro", culture, manual.Areas.Count, manual.TaskCount)) { IsSubtle = true },
        ]);
        var first = page * pageSize;
        for (var i = first; i < Math.Min(first + pageSize, manual.Areas.Count); i++)
        {
            var area = manual.Areas[i];
            card.Body.Add(Row(
                [Runs(Run($"{i + 1}. {area.Title}", bold: true)), new TextBlock(F("browse.tasks", culture, area.Tasks.Count)) { IsSubtle = true, Spacing = Spacing.None }],
                Execute("area", T("browse.open", culture), Data(version, ("area", area.Key)))));
        }

        AddPaging(card, page, pages, culture, p => Execute("browse", T(p < page ? "page.previous" : "page.next", culture), Data(version, ("page", p))));
        card.Actions.Add(Execute("view", T("action.back", culture), Data(version)));
        card.Actions.Add(SearchAction(version, culture));
        return card;
    }

    public static AdaptiveCard Area(ManualVersion version, ManualArea area, int page, int pageSize, CultureInfo culture)
    {
        var manual = version.Manual;
        var pages = PageCount(area.Tasks.Count, pageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var areaNumber = manual.Areas.ToList().IndexOf(area) + 1;
        var card = Card(F("area.fallback", culture, area.Title, manual.Title),
        [
            Header(F("area.kicker", culture, manual.Title, version.Number), $"{areaNumber}. {area.Title}"),
        ]);
        if (!string.IsNullOrWhiteSpace(area.Intro))
        {
            card.Body.AddRange(CardMarkdown.Render(area.Intro, maxCharacters: 400, maxElements: 4));
        }

        var first = page * pageSize;
        for (var i = first; i < Math.Min(first + pageSize, area.Tasks.Count); i++)
        {
            var task = area.Tasks[i];
            var left = new List<CardElement> { Runs(Run($"{areaNumber}-{i + 1}. {task.Title}")) };
            if (ChangeTag(version, task.Key, culture) is { } tag)
            {
                left.Add(tag);
            }

            card.Body.Add(Row(left, Execute("task", T("browse.read", culture), Data(version, ("task", task.Key)))));
        }

        AddPaging(card, page, pages, culture, p => Execute("area", T(p < page ? "page.previous" : "page.next", culture), Data(version, ("area", area.Key), ("page", p))));
        card.Actions.Add(Execute("browse", T("action.areas", culture), Data(version)));
        card.Actions.Add(Execute("view", T("action.back", culture), Data(version)));
        return card;
    }

    public static AdaptiveCard Task(ManualVersion version, ManualArea area, ManualTask task, int pageSize, CultureInfo culture)
    {
        var manual = version.Manual;
        var all = manual.AllTasks.ToList();
        var index = all.FindIndex(t => t.Task.Key == task.Key);
        var areaNumber = manual.Areas.ToList().IndexOf(area) + 1;
        var inArea = area.Tasks.ToList().IndexOf(task);
        var card = Card(F("task.fallback", culture, task.Title, manual.Title),
        [
            Header(F("task.kicker", culture, manual.Title, version.Number, area.Title), $"{areaNumber}-{inArea + 1}. {task.Title}"),
        ]);
        if (ChangeTag(version, task.Key, culture) is { } tag)
        {
            card.Body.Add(tag);
        }

        card.Body.Add(Heading(T("task.howto", culture)));
        card.Body.AddRange(CardMarkdown.Render(task.Body, MaxBodyCharacters));
        if (task.Cautions.Count > 0)
        {
            var cautions = new Container { Style = ContainerStyle.Warning, Items = [Heading(T("task.cautions", culture))] };
            var budget = MaxCautionCharacters * 2;
            foreach (var caution in task.Cautions.Take(8))
            {
                var elements = CardMarkdown.Render(caution, Math.Min(MaxCautionCharacters, budget), maxElements: 6, bullet: "• ");
                budget -= elements.OfType<RichTextBlock>().Sum(b => b.Inlines.Sum(r => r.Text.Length));
                cautions.Items.AddRange(elements);
            }

            card.Body.Add(cautions);
        }

        if (task.References.Count > 0)
        {
            card.Body.Add(Heading(T("task.references", culture)));
            foreach (var reference in task.References.Take(6))
            {
                card.Body.AddRange(CardMarkdown.Render(reference, MaxReferenceCharacters, maxElements: 3, bullet: "• "));
            }
        }

        if (index > 0)
        {
            card.Actions.Add(Execute("task", T("task.previous", culture), Data(version, ("task", all[index - 1].Task.Key))));
        }

        if (index >= 0 && index < all.Count - 1)
        {
            card.Actions.Add(Execute("task", T("task.next", culture), Data(version, ("task", all[index + 1].Task.Key))));
        }

        card.Actions.Add(Execute("area", T("action.area", culture), Data(version, ("area", area.Key), ("page", Math.Max(0, inArea) / pageSize))));
        card.Actions.Add(Execute("view", T("action.back", culture), Data(version)));
        return card;
    }

    /// <summary>"New in vN" or "Changed in vN" for tasks the version added or changed.</summary>
    public static TextBlock? ChangeTag(ManualVersion version, string taskKey, CultureInfo culture)
    {
        var changes = version.Changes;
        var key = changes.Added.Any(c => c.Key == taskKey) ? "task.added"
            : changes.Changed.Any(c => c.Key == taskKey) ? "task.changed"
            : null;
        return key is null ? null : new TextBlock(F(key, culture, version.Number)) { Size = TextSize.Small, Color = TextColor.Accent, Spacing = Spacing.None };
    }

    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    private static void AddPaging(AdaptiveCard card, int page, int pages, CultureInfo culture, Func<int, AdaptiveAction> go)
    {
        if (pages <= 1)
        {
            return;
        }

        card.Body.Add(new TextBlock(F("page.of", culture, page + 1, pages)) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Right });
        if (page > 0)
        {
            card.Actions.Add(go(page - 1));
        }

        if (page < pages - 1)
        {
            card.Actions.Add(go(page + 1));
        }
    }
}
