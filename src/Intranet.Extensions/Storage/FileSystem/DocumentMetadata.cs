using System.Text.Json;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>
/// The sidecar of a document (<c>{path}.meta</c>). It is the commit point of a write: it names the content
/// file by ETag, so a reader always gets content and description of the same version.
/// </summary>
/// <param name="ContentType">Media type.</param>
/// <param name="ETag">The version, also part of the content file name.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastModified">When the version was written.</param>
internal sealed record DocumentMetadata(string ContentType, string ETag, long Length, DateTimeOffset LastModified)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The public description of the document at <paramref name="path"/>.</summary>
    public DocumentInfo ToInfo(string path) => new(path, ContentType, Length, new ETag(ETag), LastModified);

    /// <summary>The sidecar file content.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    /// <summary>Parses a sidecar file.</summary>
    /// <exception cref="InvalidDataException">The file is not a sidecar.</exception>
    public static DocumentMetadata Parse(byte[] content, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<DocumentMetadata>(content, JsonOptions)
                ?? throw new InvalidDataException($"'{file}' holds null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{file}' is not a document metadata file: {ex.Message}", ex);
        }
    }
}
