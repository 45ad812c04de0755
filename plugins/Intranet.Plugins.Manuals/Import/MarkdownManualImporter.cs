using System.Globalization;
using Intranet.Plugins.Manuals.Content;
using Intranet.Plugins.Manuals.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>
/// Reads a manual from Markdown files (see the README for the convention): front matter in the first file for
/// the metadata, <c>#</c> for areas, <c>##</c> for tasks, <c>###</c> 유의사항/Cautions and 참고/References
/// sections inside a task. Files are read in ordinal name order, so a folder can hold one file per area.
/// </summary>
internal sealed class MarkdownManualImporter(int maxTasks)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UseGenericAttributes().Build();

    private static readonly HashSet<string> CautionHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "유의사항", "주의사항", "주의", "유의", "유의점", "cautions", "caution", "warnings", "warning",
    };

    private static readonly HashSet<string> ReferenceHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "참고", "참고자료", "관련근거", "근거", "관련법령", "references", "reference", "seealso",
    };

    public ManualImportResult Parse(IReadOnlyList<ManualSourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return new ManualImportResult(null, [new ManualImportError("", null, ImportCodes.NoFiles, [])]);
        }

        var errors = new List<ManualImportError>();
        var map = new SourceMap(new SourceLocation(ordered[0].Name, 1), FrontMatter.NameOf);
        var state = new ParseState();
        for (var i = 0; i < ordered.Count; i++)
        {
            ReadFile(ordered[i], isFirst: i == 0, state, map, errors);
        }

        var manual = state.Build(map);
        errors.AddRange(ManualValidator.Validate(manual, map, maxTasks));
        return errors.Count > 0 ? new ManualImportResult(null, errors) : new ManualImportResult(manual, []);
    }

    private static void ReadFile(ManualSourceFile file, bool isFirst, ParseState state, SourceMap map, List<ManualImportError> errors)
    {
        var text = file.Content ?? "";
        var document = Markdown.Parse(text, Pipeline);
        var hasFrontMatter = document.Count > 0 && document[0] is YamlFrontMatterBlock;
        if (isFirst && !hasFrontMatter)
        {
            errors.Add(new ManualImportError(file.Name, 1, ImportCodes.MissingFrontMatter, []));
        }

        // A new file starts no new area by itself, but a task never continues across files.
        state.Task = null;
        foreach (var block in document)
        {
            var line = block.Line + 1;
            var at = new SourceLocation(file.Name, line);
            switch (block)
            {
                case YamlFrontMatterBlock yaml when isFirst:
                    state.ApplyFrontMatter(FrontMatter.Read(yaml, file.Name, errors), file.Name, map, errors);
                    break;
                case YamlFrontMatterBlock:
                    errors.Add(new ManualImportError(file.Name, line, ImportCodes.UnexpectedFrontMatter, []));
                    break;
                case HeadingBlock { Level: 1 } heading:
                    state.StartArea(Title(heading), heading.GetAttributes().Id, at, map);
                    break;
                case HeadingBlock { Level: 2 } heading when state.Area is null:
                    errors.Add(new ManualImportError(file.Name, line, ImportCodes.TaskOutsideArea, []));
                    break;
                case HeadingBlock { Level: 2 } heading:
                    state.StartTask(Title(heading), heading.GetAttributes().Id, at, map);
                    break;
                case HeadingBlock { Level: 3 } heading when state.Task is null:
                    errors.Add(new ManualImportError(file.Name, line, state.Area is null ? ImportCodes.ContentOutsideArea : ImportCodes.SectionOutsideTask, []));
                    break;
                case HeadingBlock { Level: 3 } heading:
                    state.Task.Section = Classify(Title(heading));
                    if (state.Task.Section == Section.Body)
                    {
                        state.Task.Body.Add(Slice(text, block));
                    }

                    break;
                default:
                    AddContent(text, block, at, state, errors);
                    break;
            }
        }
    }

    private static void AddContent(string text, Block block, SourceLocation at, ParseState state, List<ManualImportError> errors)
    {
        if (state.Task is { } task)
        {
            var target = task.Section switch
            {
                Section.Cautions => task.Cautions,
                Section.References => task.References,
                _ => null,
            };
            if (target is null)
            {
                task.Body.Add(Slice(text, block));
            }
            else if (block is ListBlock list)
            {
                // Each list item is one caution or reference.
                target.AddRange(list.OfType<ListItemBlock>().Where(item => item.Count > 0)
                    .Select(item => Slice(text, item[0].Span.Start, item[^1].Span.End)));
            }
            else
            {
                target.Add(Slice(text, block));
            }
        }
        else if (state.Area is { } area)
        {
            area.Intro.Add(Slice(text, block));
        }
        else if (block is not LinkReferenceDefinitionGroup && Slice(text, block).Length > 0)
        {
            errors.Add(new ManualImportError(at.File, at.Line, ImportCodes.ContentOutsideArea, []));
        }
    }

    private static string Title(HeadingBlock heading) => MarkdownText.Plain(heading.Inline).Trim();

    private static Section Classify(string title)
    {
        var compact = string.Concat(title.Where(char.IsLetterOrDigit));
        return CautionHeadings.Contains(compact) ? Section.Cautions
            : ReferenceHeadings.Contains(compact) ? Section.References
            : Section.Body;
    }

    private static string Slice(string text, Block block) => Slice(text, block.Span.Start, block.Span.End);

    private static string Slice(string text, int start, int endInclusive)
    {
        start = Math.Clamp(start, 0, text.Length);
        var end = Math.Clamp(endInclusive + 1, start, text.Length);
        return text[start..end].TrimEnd();
    }

    private enum Section
    {
        Body,
        Cautions,
        References,
    }

    private sealed class AreaDraft(string title, string key)
    {
        public string Title { get; } = title;
        public string Key { get; } = key;
        public List<string> Intro { get; } = [];
        public List<TaskDraft> Tasks { get; } = [];
    }

    private sealed class TaskDraft(string title, string key)
    {
        public string Title { get; } = title;
        public string Key { get; } = key;
        public List<string> Body { get; } = [];
        public List<string> Cautions { get; } = [];
        public List<string> References { get; } = [];
        public Section Section { get; set; }
    }

    /// <summary>The manual as read so far.</summary>
    private sealed class ParseState
    {
        private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
        private readonly List<AreaDraft> _areas = [];
        private AcknowledgementPolicy _policy = new();
        private ManualAudience _audience = new();
        private DateOnly? _effective;

        public AreaDraft? Area { get; private set; }

        public TaskDraft? Task { get; set; }

        public void StartArea(string title, string? key, SourceLocation at, SourceMap map)
        {
            Area = new AreaDraft(title, string.IsNullOrWhiteSpace(key) ? ManualKeys.FromTitle(title) : key);
            Task = null;
            _areas.Add(Area);
            map.Add($"areas[{_areas.Count - 1}]", at);
        }

        public void StartTask(string title, string? key, SourceLocation at, SourceMap map)
        {
            Task = new TaskDraft(title, string.IsNullOrWhiteSpace(key) ? ManualKeys.FromTitle(title) : key);
            Area!.Tasks.Add(Task);
            map.Add($"areas[{_areas.Count - 1}].tasks[{Area.Tasks.Count - 1}]", at);
        }

        public void ApplyFrontMatter(List<(string Key, string Value, int Line)> fields, string file, SourceMap map, List<ManualImportError> errors)
        {
            foreach (var (key, value, line) in fields)
            {
                var path = FrontMatter.Fields[key];
                map.Add(path, new SourceLocation(file, line));
                ManualImportError Error(string code, params string[] args) => new(file, line, code, args);
                switch (key)
                {
                    case "effective-date" or "due-date":
                        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            errors.Add(Error(ImportCodes.InvalidDate, value));
                        }
                        else if (key == "due-date")
                        {
                            _policy = _policy with { DueDate = date };
                        }
                        else
                        {
                            _effective = date;
                        }

                        break;
                    case "due-days" or "reminder-days":
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                        {
                            errors.Add(Error(ImportCodes.InvalidNumber, key, "0", key == "due-days" ? "365" : "30"));
                        }
                        else
                        {
                            _policy = key == "due-days" ? _policy with { DueDays = days } : _policy with { ReminderEveryDays = days };
                        }

                        break;
                    case "acknowledgement":
                        if (Choice(value, ["required", "optional"]) is { } required)
                        {
                            _policy = _policy with { Required = required == "required" };
                        }
                        else
                        {
                            errors.Add(Error(ImportCodes.InvalidChoice, key, "required, optional"));
                        }

                        break;
                    case "reacknowledge":
                        switch (Choice(value, ["major", "every", "never"]))
                        {
                            case "major": _policy = _policy with { Reacknowledge = ReacknowledgeRule.MajorVersions }; break;
                            case "every": _policy = _policy with { Reacknowledge = ReacknowledgeRule.EveryVersion }; break;
                            case "never": _policy = _policy with { Reacknowledge = ReacknowledgeRule.Never }; break;
                            default: errors.Add(Error(ImportCodes.InvalidChoice, key, "major, every, never")); break;
                        }

                        break;
                    case "audience-everyone":
                        if (Choice(value, ["true", "false", "yes", "no"]) is { } everyone)
                        {
                            _audience = _audience with { Everyone = everyone is "true" or "yes" };
                        }
                        else
                        {
                            errors.Add(Error(ImportCodes.InvalidChoice, key, "true, false"));
                        }

                        break;
                    case "audience-departments": _audience = _audience with { Departments = FrontMatter.List(value) }; break;
                    case "audience-groups": _audience = _audience with { Groups = FrontMatter.List(value) }; break;
                    case "audience-users": _audience = _audience with { Users = FrontMatter.List(value) }; break;
                    default: _fields[key] = value; break;
                }
            }
        }

        public ManualDefinition Build(SourceMap map)
        {
            for (var a = 0; a < _areas.Count; a++)
            {
                for (var t = 0; t < _areas[a].Tasks.Count; t++)
                {
                    map.Add($"areas[{a}].tasks[{t}].body", map.Locate($"areas[{a}].tasks[{t}]"));
                }
            }

            return new ManualDefinition
            {
                Id = Field("id") ?? "",
                Title = Field("title") ?? "",
                OwnerDepartment = Field("owner-department") ?? "",
                OwnerId = Field("owner"),
                Summary = Field("summary"),
                EffectiveDate = _effective,
                Audience = _audience,
                Acknowledgement = _policy,
                Areas = [.. _areas.Select(a => new ManualArea
                {
                    Key = a.Key,
                    Title = a.Title,
                    Intro = a.Intro.Count == 0 ? null : string.Join("\n\n", a.Intro),
                    Tasks = [.. a.Tasks.Select(t => new ManualTask
                    {
                        Key = t.Key,
                        Title = t.Title,
                        Body = string.Join("\n\n", t.Body),
                        Cautions = t.Cautions,
                        References = t.References,
                    })],
                })],
            };
        }

        private string? Field(string key) => _fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        private static string? Choice(string value, string[] choices) =>
            choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
    }
}
