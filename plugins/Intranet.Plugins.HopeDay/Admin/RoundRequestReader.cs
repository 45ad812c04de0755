using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intranet.Extensions.People;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// Reads a round definition from an admin request's JSON, naming every missing, malformed or unknown field by its
/// path (<c>sessions[1].startsAt</c>). Times without an offset are in the organisation's time zone. What the
/// fields mean is checked afterwards by the round's own validation.
/// </summary>
internal sealed partial class RoundRequestReader(TimeZoneInfo zone)
{
    private static readonly string[] RoundFields =
        ["id", "title", "signUpOpensAt", "signUpClosesAt", "rule", "sessions", "audience", "organizerIds", "tableSize", "seed"];

    private readonly List<(string Code, string Path)> _errors = [];

    /// <summary>What is wrong: <c>MissingField</c>, <c>InvalidField</c> or <c>UnknownField</c> with the field's path.</summary>
    public IReadOnlyList<(string Code, string Path)> Errors => _errors;

    /// <summary>The definition, or null when <see cref="Errors"/> says why not.</summary>
    public HopeDayRoundDefinition? Read(JsonObject body, string defaultOrganizerId)
    {
        Known(body, "", RoundFields);
        var id = String(body, "id", "");
        var title = Text(body, "title", "");
        var opens = Time(body, "signUpOpensAt", "");
        var closes = Time(body, "signUpClosesAt", "");
        var rule = Rule(body, "rule");
        var sessions = Sessions(body, "sessions");
        var audience = AudienceOf(body, "audience");
        var organizers = Strings(body, "organizerIds", "");
        var tableSize = Int(body, "tableSize", "", required: false);
        var seed = Int(body, "seed", "", required: false);
        if (_errors.Count > 0)
        {
            return null;
        }

        return new HopeDayRoundDefinition
        {
            Id = id!,
            Title = title!,
            SignUpOpensAt = opens!.Value,
            SignUpClosesAt = closes!.Value,
            Rule = rule!,
            Sessions = sessions!,
            Audience = audience ?? Intranet.Extensions.People.Audience.All,
            OrganizerIds = organizers ?? [defaultOrganizerId],
            TableSize = tableSize ?? 6,
            Seed = seed ?? 1,
        };
    }

    private MixRule? Rule(JsonObject parent, string name)
    {
        if (Object(parent, name, "", required: true) is not { } rule)
        {
            return null;
        }

        Known(rule, "rule.", "juniorYears", "referenceDate", "missingHireDate");
        var years = Int(rule, "juniorYears", "rule.", required: true);
        var reference = Date(rule, "referenceDate", "rule.");
        var missing = String(rule, "missingHireDate", "rule.", required: false) switch
        {
            null => SeniorityGroup.Senior,
            var text when Enum.TryParse<SeniorityGroup>(text, ignoreCase: true, out var group) && !int.TryParse(text, out _) => group,
            _ => Invalid<SeniorityGroup>("rule.missingHireDate"),
        };
        return years is null || reference is null ? null : new MixRule(years.Value, reference.Value, missing);
    }

    private List<HopeDaySessionDefinition>? Sessions(JsonObject parent, string name)
    {
        if (!Present(parent, name, "", required: true))
        {
            return null;
        }

        if (parent[name] is not JsonArray items)
        {
            return Invalid<List<HopeDaySessionDefinition>?>(name);
        }

        var sessions = new List<HopeDaySessionDefinition>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (items[i] is not JsonObject item)
            {
                Invalid<object?>(path);
                continue;
            }

            var prefix = path + ".";
            Known(item, prefix, "id", "startsAt", "endsAt", "place", "juniorSeats", "seniorSeats");
            var id = String(item, "id", prefix);
            var starts = Time(item, "startsAt", prefix);
            var ends = Time(item, "endsAt", prefix);
            var place = Text(item, "place", prefix);
            var juniors = Int(item, "juniorSeats", prefix, required: true);
            var seniors = Int(item, "seniorSeats", prefix, required: true);
            if (id is not null && starts is not null && ends is not null && place is not null && juniors is not null && seniors is not null)
            {
                sessions.Add(new HopeDaySessionDefinition(id, starts.Value, ends.Value, place, juniors.Value, seniors.Value));
            }
        }

        return sessions;
    }

    private Audience? AudienceOf(JsonObject parent, string name)
    {
        if (Object(parent, name, "", required: false) is not { } audience)
        {
            return null;
        }

        Known(audience, "audience.", "everyone", "departments", "groupIds", "userIds");
        var everyone = false;
        if (audience["everyone"] is { } flag)
        {
            everyone = flag.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => Invalid<bool>("audience.everyone"),
            };
        }

        return new Audience
        {
            Everyone = everyone,
            Departments = Strings(audience, "departments", "audience.") ?? [],
            GroupIds = Strings(audience, "groupIds", "audience.") ?? [],
            UserIds = Strings(audience, "userIds", "audience.") ?? [],
        };
    }

    private LocalizedText? Text(JsonObject parent, string name, string prefix)
    {
        if (!Present(parent, name, prefix, required: true))
        {
            return null;
        }

        var node = parent[name]!;
        if (node.GetValueKind() == JsonValueKind.String)
        {
            return Blank(node.GetValue<string>()) ? Invalid<LocalizedText?>(prefix + name) : new LocalizedText(node.GetValue<string>().Trim());
        }

        if (node is not JsonObject text)
        {
            return Invalid<LocalizedText?>(prefix + name);
        }

        var path = prefix + name + ".";
        Known(text, path, "korean", "english");
        var korean = String(text, "korean", path);
        var english = String(text, "english", path, required: false);
        return korean is null ? null : new LocalizedText(korean, english);
    }

    private DateTimeOffset? Time(JsonObject parent, string name, string prefix)
    {
        var text = String(parent, name, prefix);
        if (text is null)
        {
            return null;
        }

        if (IsoDateTime().Match(text) is not { Success: true } match)
        {
            return Invalid<DateTimeOffset?>(prefix + name);
        }

        if (match.Groups["offset"].Success)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ? exact : Invalid<DateTimeOffset?>(prefix + name);
        }

        // Organisers think in local time: a time without an offset is the organisation's.
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && !zone.IsInvalidTime(local)
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : Invalid<DateTimeOffset?>(prefix + name);
    }

    private DateOnly? Date(JsonObject parent, string name, string prefix)
    {
        var text = String(parent, name, prefix);
        return text is null ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : Invalid<DateOnly?>(prefix + name);
    }

    private int? Int(JsonObject parent, string name, string prefix, bool required)
    {
        if (!Present(parent, name, prefix, required))
        {
            return null;
        }

        return parent[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
            ? number
            : Invalid<int?>(prefix + name);
    }

    private string? String(JsonObject parent, string name, string prefix, bool required = true)
    {
        if (!Present(parent, name, prefix, required))
        {
            return null;
        }

        return parent[name]!.GetValueKind() == JsonValueKind.String && !Blank(parent[name]!.GetValue<string>())
            ? parent[name]!.GetValue<string>().Trim()
            : Invalid<string?>(prefix + name);
    }

    private List<string>? Strings(JsonObject parent, string name, string prefix)
    {
        if (!Present(parent, name, prefix, required: false))
        {
            return null;
        }

        if (parent[name] is not JsonArray items ||
            items.Any(i => i is null || i.GetValueKind() != JsonValueKind.String || Blank(i.GetValue<string>())))
        {
            return Invalid<List<string>?>(prefix + name);
        }

        return [.. items.Select(i => i!.GetValue<string>().Trim())];
    }

    private JsonObject? Object(JsonObject parent, string name, string prefix, bool required) =>
        !Present(parent, name, prefix, required) ? null
        : parent[name] as JsonObject ?? Invalid<JsonObject?>(prefix + name);

    /// <summary>Whether a field has a value; a missing required field is recorded. JSON null counts as missing.</summary>
    private bool Present(JsonObject parent, string name, string prefix, bool required)
    {
        if (parent[name] is not null)
        {
            return true;
        }

        if (required)
        {
            _errors.Add(("MissingField", prefix + name));
        }

        return false;
    }

    private void Known(JsonObject item, string prefix, params string[] names)
    {
        foreach (var (key, _) in item)
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                _errors.Add(("UnknownField", prefix + key));
            }
        }
    }

    private T Invalid<T>(string path)
    {
        _errors.Add(("InvalidField", path));
        return default!;
    }

    private static bool Blank(string text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDateTime();
}
