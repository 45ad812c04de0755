using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>
/// Reads a manual from JSON (the shape of <see cref="ManualDefinition"/>, camelCase; keys may be left out and are
/// then made from titles). Unknown properties are errors, so a misspelt field is not silently ignored.
/// </summary>
internal sealed class JsonManualImporter(int maxTasks)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public ManualImportResult Parse(ManualSourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var utf8 = Encoding.UTF8.GetBytes(file.Content ?? "");
        ManualJson? json;
        try
        {
            json = JsonSerializer.Deserialize<ManualJson>(utf8, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            return new ManualImportResult(null, [new ManualImportError(file.Name, line, ImportCodes.InvalidJson, [e.Path ?? "$"])]);
        }

        if (json is null)
        {
            return new ManualImportResult(null, [new ManualImportError(file.Name, 1, ImportCodes.InvalidJson, ["$"])]);
        }

        var map = new SourceMap(new SourceLocation(file.Name, 1), static field => field);
        foreach (var (path, line) in JsonLineMap.Build(utf8))
        {
            map.Add(path, new SourceLocation(file.Name, line));
        }

        var manual = json.ToDefinition();
        var errors = ManualValidator.Validate(manual, map, maxTasks);
        return errors.Count > 0 ? new ManualImportResult(null, errors) : new ManualImportResult(manual, []);
    }

    private sealed record ManualJson(
        string? Id, string? Title, string? OwnerDepartment, string? OwnerId, string? Summary, DateOnly? EffectiveDate,
        ManualAudience? Audience, AcknowledgementPolicy? Acknowledgement, List<AreaJson>? Areas)
    {
        public ManualDefinition ToDefinition() => new()
        {
            Id = Id ?? "",
            Title = Title ?? "",
            OwnerDepartment = OwnerDepartment ?? "",
            OwnerId = OwnerId,
            Summary = Summary,
            EffectiveDate = EffectiveDate,
            Audience = Audience ?? new(),
            Acknowledgement = Acknowledgement ?? new(),
            Areas = [.. (Areas ?? []).Select(a => a.ToArea())],
        };
    }

    private sealed record AreaJson(string? Key, string? Title, string? Intro, List<TaskJson>? Tasks)
    {
        public ManualArea ToArea() => new()
        {
            Key = string.IsNullOrWhiteSpace(Key) ? ManualKeys.FromTitle(Title ?? "") : Key,
            Title = Title?.Trim() ?? "",
            Intro = Intro,
            Tasks = [.. (Tasks ?? []).Select(t => t.ToTask())],
        };
    }

    private sealed record TaskJson(string? Key, string? Title, string? Body, List<string>? Cautions, List<string>? References)
    {
        public ManualTask ToTask() => new()
        {
            Key = string.IsNullOrWhiteSpace(Key) ? ManualKeys.FromTitle(Title ?? "") : Key,
            Title = Title?.Trim() ?? "",
            Body = Body ?? "",
            Cautions = Cautions ?? [],
            References = References ?? [],
        };
    }
}
