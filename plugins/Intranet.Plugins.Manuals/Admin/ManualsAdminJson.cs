using System.Text.Json.Nodes;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>The JSON shapes the admin operations answer with (camelCase, dates as ISO 8601).</summary>
internal static class ManualsAdminJson
{
    public static JsonObject Version(ManualVersion version) => new()
    {
        ["manualId"] = version.ManualId,
        ["version"] = version.Number,
        ["isMajor"] = version.IsMajor,
        ["title"] = version.Manual.Title,
        ["publishedAt"] = version.PublishedAt,
        ["publishedById"] = version.PublishedById,
        ["ownerId"] = version.OwnerId,
        ["dueDate"] = ManualsAdminInput.Date(version.DueDate),
        ["readerCount"] = version.ReaderCount,
        ["areas"] = version.Manual.Areas.Count,
        ["tasks"] = version.Manual.TaskCount,
        ["changes"] = Changes(version.Changes),
    };

    public static JsonObject Report(ManualReport report) => new()
    {
        ["manualId"] = report.ManualId,
        ["version"] = report.Version,
        ["title"] = report.Title,
        ["dueDate"] = ManualsAdminInput.Date(report.DueDate),
        ["generatedAt"] = report.GeneratedAt,
        ["total"] = report.Total,
        ["acknowledged"] = report.Acknowledged,
        ["rate"] = report.Rate,
        ["units"] = new JsonArray([.. report.Units.Select(u => new JsonObject
        {
            ["unit"] = u.Unit,
            ["total"] = u.Total,
            ["acknowledged"] = u.Acknowledged,
            ["rate"] = u.Rate,
            ["missing"] = new JsonArray([.. u.Missing.Select(Reader)]),
        })]),
        ["missing"] = new JsonArray([.. report.Missing.Select(Reader)]),
    };

    private static JsonObject Changes(ManualChanges changes) => new()
    {
        ["previousVersion"] = changes.PreviousVersion,
        ["added"] = Tasks(changes.Added),
        ["changed"] = Tasks(changes.Changed),
        ["removed"] = Tasks(changes.Removed),
    };

    private static JsonArray Tasks(IReadOnlyList<TaskChange> tasks) =>
        [.. tasks.Select(t => new JsonObject { ["key"] = t.Key, ["title"] = t.Title, ["area"] = t.AreaTitle })];

    private static JsonObject Reader(ManualReader reader) =>
        new() { ["id"] = reader.Id, ["name"] = reader.DisplayName, ["unit"] = reader.Unit };
}
