using System.Globalization;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>The rules every manual must pass, whichever format it came from; errors point into the source.</summary>
internal static class ManualValidator
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxBodyLength = 20_000;
    public const int MaxItemLength = 2_000;

    public static List<ManualImportError> Validate(ManualDefinition manual, SourceMap map, int maxTasks)
    {
        var errors = new List<ManualImportError>();
        Required(manual.Id, "id");
        if (!string.IsNullOrWhiteSpace(manual.Id) && !ManualKeys.IsValidManualId(manual.Id))
        {
            errors.Add(map.Error("id", ImportCodes.InvalidId));
        }

        Required(manual.Title, "title");
        Length(manual.Title, "title", MaxTitleLength);
        Required(manual.OwnerDepartment, "ownerDepartment");
        Length(manual.OwnerDepartment, "ownerDepartment", MaxTitleLength);
        Length(manual.Summary, "summary", MaxSummaryLength);
        Range(manual.Acknowledgement.DueDays, "acknowledgement.dueDays", 0, 365);
        Range(manual.Acknowledgement.ReminderEveryDays, "acknowledgement.reminderEveryDays", 0, 30);

        if (manual.Areas.Count == 0)
        {
            errors.Add(map.Error("areas", ImportCodes.NoAreas));
        }

        var areaKeys = new HashSet<string>(StringComparer.Ordinal);
        var taskKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < manual.Areas.Count; a++)
        {
            var area = manual.Areas[a];
            var path = $"areas[{a}]";
            CheckHeading(area.Title, area.Key, path, areaKeys);
            Length(area.Intro, path + ".intro", MaxBodyLength);
            if (area.Tasks.Count == 0)
            {
                errors.Add(map.Error(path, ImportCodes.EmptyArea, area.Title));
            }

            for (var t = 0; t < area.Tasks.Count; t++)
            {
                var task = area.Tasks[t];
                var taskPath = $"{path}.tasks[{t}]";
                CheckHeading(task.Title, task.Key, taskPath, taskKeys);
                if (string.IsNullOrWhiteSpace(task.Body))
                {
                    errors.Add(map.Error(taskPath + ".body", ImportCodes.EmptyTask, task.Title));
                }

                Length(task.Body, taskPath + ".body", MaxBodyLength);
                for (var i = 0; i < task.Cautions.Count; i++)
                {
                    Length(task.Cautions[i], $"{taskPath}.cautions[{i}]", MaxItemLength);
                }

                for (var i = 0; i < task.References.Count; i++)
                {
                    Length(task.References[i], $"{taskPath}.references[{i}]", MaxItemLength);
                }
            }
        }

        if (manual.TaskCount > maxTasks)
        {
            errors.Add(map.Error("areas", ImportCodes.TooManyTasks, maxTasks.ToString(CultureInfo.InvariantCulture)));
        }

        return errors;

        void Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(map.Error(field, ImportCodes.MissingField, map.FieldName(field)));
            }
        }

        void Length(string? value, string path, int max)
        {
            if (value is not null && value.Length > max)
            {
                errors.Add(map.Error(path, ImportCodes.TooLong, map.FieldName(path[(path.LastIndexOf('.') + 1)..]), max.ToString(CultureInfo.InvariantCulture)));
            }
        }

        void Range(int? value, string path, int min, int max)
        {
            if (value is { } v && (v < min || v > max))
            {
                errors.Add(map.Error(path, ImportCodes.InvalidNumber, map.FieldName(path),
                    min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
            }
        }

        void CheckHeading(string title, string key, string path, HashSet<string> seen)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                errors.Add(map.Error(path + ".title", ImportCodes.MissingTitle));
                return;
            }

            Length(title, path + ".title", MaxTitleLength);
            if (!ManualKeys.IsValidKey(key))
            {
                errors.Add(map.Error(path + ".key", ImportCodes.InvalidKey, key));
            }
            else if (!seen.Add(key))
            {
                errors.Add(map.Error(path + ".key", ImportCodes.DuplicateKey, key));
            }
        }
    }
}
