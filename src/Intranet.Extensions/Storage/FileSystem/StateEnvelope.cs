using System.Buffers;
using System.Text.Json;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>
/// The file format of one state entry: <c>{"etag":"…","updated":"…","value":&lt;the JSON as given&gt;}</c>.
/// The value is copied byte for byte, so what a plugin wrote is exactly what it reads back.
/// </summary>
internal static class StateEnvelope
{
    /// <summary>Builds the file content.</summary>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a single JSON value.</exception>
    public static ReadOnlyMemory<byte> Write(ETag etag, DateTimeOffset updated, ReadOnlySpan<byte> json)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length + 128);
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString("etag", etag.Value);
        writer.WriteString("updated", updated);
        writer.WritePropertyName("value");
        try
        {
            // Validates the input, so a broken document never reaches the disk.
            writer.WriteRawValue(json);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new ArgumentException($"The value is not a valid JSON document: {ex.Message}", nameof(json), ex);
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenMemory;
    }

    /// <summary>Reads the ETag and the raw value of a file's content.</summary>
    /// <exception cref="InvalidDataException">The file is not a state envelope.</exception>
    public static (ETag ETag, ReadOnlyMemory<byte> Value) Read(ReadOnlyMemory<byte> content, string file)
    {
        string? etag = null;
        ReadOnlyMemory<byte>? value = null;
        try
        {
            var reader = new Utf8JsonReader(content.Span);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isETag = reader.ValueTextEquals("etag"u8);
                    var isValue = reader.ValueTextEquals("value"u8);
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    if (isETag)
                    {
                        etag = reader.GetString();
                    }

                    reader.Skip();
                    if (isValue)
                    {
                        value = content[start..(int)reader.BytesConsumed];
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{file}' is not a state file: {ex.Message}", ex);
        }

        return etag is not null && value is { } raw
            ? (new ETag(etag), raw)
            : throw new InvalidDataException($"'{file}' is not a state file: it lacks \"etag\" or \"value\".");
    }
}
