using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Publishing;

/// <summary>What changed between two versions, task by stable key; whitespace-only edits are no change.</summary>
internal static class ManualDiff
{
    public static ManualChanges Compare(ManualVersion? previous, ManualDefinition next)
    {
        if (previous is null)
        {
            return ManualChanges.FirstVersion;
        }

        var before = previous.Manual.AllTasks.ToDictionary(t => t.Task.Key, StringComparer.Ordinal);
        var after = next.AllTasks.ToDictionary(t => t.Task.Key, StringComparer.Ordinal);
        var added = new List<TaskChange>();
        var changed = new List<TaskChange>();
        foreach (var (area, task) in next.AllTasks)
        {
            if (!before.TryGetValue(task.Key, out var old))
            {
                added.Add(new TaskChange(task.Key, task.Title, area.Title));
            }
            else if (!SameContent(old.Task, task))
            {
                changed.Add(new TaskChange(task.Key, task.Title, area.Title));
            }
        }

        var removed = previous.Manual.AllTasks
            .Where(t => !after.ContainsKey(t.Task.Key))
            .Select(t => new TaskChange(t.Task.Key, t.Task.Title, t.Area.Title))
            .ToList();
        return new ManualChanges(previous.Number, added, changed, removed);
    }

    /// <summary>True when nothing differs: metadata, audience, policy, structure and every task.</summary>
    public static bool SameAsPublished(ManualVersion previous, ManualDefinition next)
    {
        var old = previous.Manual;
        return old.Title == next.Title && old.OwnerDepartment == next.OwnerDepartment && old.Summary == next.Summary &&
            old.EffectiveDate == next.EffectiveDate && old.Acknowledgement == next.Acknowledgement &&
            old.Attachments.SequenceEqual(next.Attachments) && SameAudience(old.Audience, next.Audience) &&
            old.Areas.Select(a => (a.Key, a.Title, Normalize(a.Intro))).SequenceEqual(next.Areas.Select(a => (a.Key, a.Title, Normalize(a.Intro)))) &&
            old.AllTasks.Select(t => t.Task.Key).SequenceEqual(next.AllTasks.Select(t => t.Task.Key)) &&
            Compare(previous, next).IsEmpty;
    }

    private static bool SameAudience(ManualAudience a, ManualAudience b) =>
        a.Everyone == b.Everyone && a.Departments.SequenceEqual(b.Departments) && a.Groups.SequenceEqual(b.Groups) && a.Users.SequenceEqual(b.Users);

    private static bool SameContent(ManualTask a, ManualTask b) =>
        Normalize(a.Title) == Normalize(b.Title) &&
        Normalize(a.Body) == Normalize(b.Body) &&
        a.Cautions.Select(Normalize).SequenceEqual(b.Cautions.Select(Normalize)) &&
        a.References.Select(Normalize).SequenceEqual(b.References.Select(Normalize));

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
