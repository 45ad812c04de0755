using Markdig.Extensions.Yaml;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>
/// The front matter of a Markdown manual: one <c>key: value</c> per line between <c>---</c> lines (a small,
/// predictable subset of YAML: no nesting, lists as comma-separated values or <c>[a, b]</c>).
/// </summary>
internal static class FrontMatter
{
    /// <summary>The fields the importer understands, and the manual path each fills.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id",
        ["title"] = "title",
        ["owner-department"] = "ownerDepartment",
        ["owner"] = "ownerId",
        ["summary"] = "summary",
        ["effective-date"] = "effectiveDate",
        ["audience-departments"] = "audience.departments",
        ["audience-groups"] = "audience.groups",
        ["audience-users"] = "audience.users",
        ["audience-everyone"] = "audience.everyone",
        ["acknowledgement"] = "acknowledgement.required",
        ["due-date"] = "acknowledgement.dueDate",
        ["due-days"] = "acknowledgement.dueDays",
        ["reminder-days"] = "acknowledgement.reminderEveryDays",
        ["reacknowledge"] = "acknowledgement.reacknowledge",
    };

    /// <summary>The front matter name of a manual path (for messages): <c>ownerDepartment</c> → <c>owner-department</c>.</summary>
    public static string NameOf(string path)
    {
        foreach (var (name, target) in Fields)
        {
            if (string.Equals(target, path, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return path;
    }

    /// <summary>Reads the lines of a front matter block; syntax problems become errors.</summary>
    public static List<(string Key, string Value, int Line)> Read(YamlFrontMatterBlock block, string file, List<ManualImportError> errors)
    {
        var fields = new List<(string, string, int)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            var text = line.Slice.ToString().Trim();
            var number = line.Line + 1;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                errors.Add(new ManualImportError(file, number, ImportCodes.FrontMatterSyntax, []));
                continue;
            }

            var key = text[..colon].Trim();
            if (!Fields.ContainsKey(key))
            {
                errors.Add(new ManualImportError(file, number, ImportCodes.UnknownField, [key]));
                continue;
            }

            if (!seen.Add(key))
            {
                errors.Add(new ManualImportError(file, number, ImportCodes.DuplicateField, [key]));
                continue;
            }

            fields.Add((key.ToLowerInvariant(), Unquote(text[(colon + 1)..].Trim()), number));
        }

        return fields;
    }

    /// <summary>A comma-separated list, optionally in brackets: <c>[행복1동, 새봄동]</c>.</summary>
    public static List<string> List(string value)
    {
        var text = value.StartsWith('[') && value.EndsWith(']') ? value[1..^1] : value;
        return [.. text.Split(',').Select(v => Unquote(v.Trim())).Where(v => v.Length > 0)];
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')) ? value[1..^1] : value;
}
