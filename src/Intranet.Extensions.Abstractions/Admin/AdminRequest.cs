using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Admin;

/// <summary>What an admin operation receives.</summary>
/// <param name="Caller">The authenticated caller, as the directory knows them.</param>
/// <param name="Body">The JSON body (or the <c>body</c> field of a multipart form); empty when none.</param>
/// <param name="Query">Query string values.</param>
/// <param name="Files">Uploaded files of a multipart form.</param>
/// <param name="Culture">The caller's language, for messages.</param>
public sealed record AdminRequest(
    StaffMember Caller, JsonObject Body, IReadOnlyDictionary<string, string> Query, IReadOnlyList<AdminFile> Files, CultureInfo Culture)
{
    /// <summary>A query or body string value, trimmed; <see langword="null"/> when absent or blank.</summary>
    public string? GetString(string name) =>
        Query.TryGetValue(name, out var fromQuery) && !string.IsNullOrWhiteSpace(fromQuery) ? fromQuery.Trim()
        : Body[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim()
        : null;
}

/// <summary>An uploaded file.</summary>
/// <param name="FileName">The name the client gave.</param>
/// <param name="ContentType">The media type the client gave.</param>
/// <param name="Content">The bytes.</param>
public sealed record AdminFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
