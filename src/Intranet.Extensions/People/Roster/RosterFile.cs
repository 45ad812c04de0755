using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intranet.Extensions.People.Roster;

/// <summary>
/// Reads and writes roster files in the JSON shape the embedded directory loads:
/// <c>{ "people": [ { "id", "displayName", "userPrincipalName", "mail", "department", "jobTitle",
/// "hireDate": "yyyy-MM-dd", "preferredLanguage", "managerId" } ], "groups": [ { "id", "displayName", "members" } ] }</c>.
/// Sample hosts use it to seed a roster.
/// </summary>
public static class RosterFile
{
    /// <summary>camelCase, comments and trailing commas allowed (the file is edited by hand), Korean kept readable.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Writes a JSON roster file, replacing any existing one atomically (a running directory never sees half a file).
    /// </summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="people">The people.</param>
    /// <param name="groups">The groups, if any.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    public static async Task WriteJsonAsync(
        string path, IEnumerable<StaffMember> people, IEnumerable<RosterGroup>? groups = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(people);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var document = new RosterDocument([.. people], groups is null ? [] : [.. groups]);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, document, JsonOptions, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // no-op after the rename
        }
    }

    /// <summary>Reads a JSON roster file.</summary>
    /// <exception cref="InvalidOperationException">The file is not a valid roster; the message names it.</exception>
    internal static async Task<RosterDocument> ReadJsonAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<RosterDocument>(content, JsonOptions, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Roster file '{path}' holds null instead of {{ \"people\": [...] }}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Roster file '{path}' is not a valid roster: {ex.Message}", ex);
        }
    }
}
