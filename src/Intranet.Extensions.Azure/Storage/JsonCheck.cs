using System.Text.Json;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>Refuses anything but one JSON value, so a broken document never reaches the container.</summary>
internal static class JsonCheck
{
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a single JSON value.</exception>
    public static void ThrowUnlessSingleValue(ReadOnlySpan<byte> json, string parameterName)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read())
            {
                throw new JsonException("The document is empty.");
            }

            reader.Skip();
            if (reader.Read())
            {
                throw new JsonException("More than one JSON value.");
            }
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The value is not a valid JSON document: {ex.Message}", parameterName, ex);
        }
    }
}
