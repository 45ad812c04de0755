using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Actions;

/// <summary>A card action as a handler sees it, whichever channel it came from.</summary>
public sealed class CardActionContext
{
    /// <summary>The verb, <c>{pluginId}.{action}</c>.</summary>
    public required string Verb { get; init; }

    /// <summary>The action's data merged with the card's input values.</summary>
    public JsonObject Data { get; init; } = [];

    /// <summary>Who clicked.</summary>
    public required StaffMember Actor { get; init; }

    /// <summary>Where the click came from: see <see cref="ActionChannels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>The culture to answer in (the actor's preferred language).</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>The delivered message the card belongs to, when known.</summary>
    public string? MessageId { get; init; }

    /// <summary><c>manual</c> for a click, <c>automatic</c> for a refresh.</summary>
    public string Trigger { get; init; } = "manual";

    /// <summary>Binds <see cref="Data"/> to <typeparamref name="T"/>.</summary>
    /// <exception cref="CardActionException">The data does not fit (code <c>InvalidData</c>); the router answers 400.</exception>
    public T GetData<T>()
    {
        try
        {
            return Data.Deserialize<T>(DataJsonOptions) ?? throw new JsonException("null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new CardActionException(CardActionErrors.InvalidData, null, e);
        }
    }

    /// <summary>A string value of the data, trimmed; <see langword="null"/> when absent or blank.</summary>
    public string? GetString(string name) =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    // Card inputs arrive as strings ("3", "true"), so numbers and booleans are read from strings too.
    private static readonly JsonSerializerOptions DataJsonOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };
}

/// <summary>Names of the channels an action can come from.</summary>
public static class ActionChannels
{
    /// <summary>Microsoft Teams.</summary>
    public const string Teams = "msteams";

    /// <summary>Outlook actionable messages.</summary>
    public const string Outlook = "outlook";

    /// <summary>The local dev inbox.</summary>
    public const string DevInbox = "devinbox";
}
