using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Intranet.Extensions.Cards;

/// <summary>Serializes cards in the Adaptive Card wire format (camelCase, no nulls, no empty lists).</summary>
public static class CardJson
{
    /// <summary>The serializer options for cards.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The card as JSON text.</summary>
    public static string ToJson(this AdaptiveCard card, bool indented = false) =>
        JsonSerializer.Serialize(card, indented ? IndentedOptions : Options);

    /// <summary>The card as a JSON node, for embedding in another payload.</summary>
    public static JsonObject ToJsonObject(this AdaptiveCard card) =>
        (JsonObject)JsonSerializer.SerializeToNode(card, Options)!;

    /// <summary>Reads a card written by <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not a card of the supported subset.</exception>
    public static AdaptiveCard Parse(string json) =>
        JsonSerializer.Deserialize<AdaptiveCard>(json, Options) ?? throw new JsonException("The card JSON is null.");

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowOutOfOrderMetadataProperties = true,

            // Korean stays as written (a \uXXXX escape triples a card's size against Teams' ~28 KB limit);
            // HTML-sensitive characters are still escaped, so the JSON is safe inside Outlook's <script> tag.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    // Empty "actions": [] and the like are legal but noisy; hosts treat a missing list as empty.
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
