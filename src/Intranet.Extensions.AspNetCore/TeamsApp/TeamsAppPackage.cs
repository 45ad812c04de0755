using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.TeamsApp;

/// <summary>
/// Writes the Teams app package IT uploads (Teams admin center → Manage apps → Upload): a zip with
/// <c>manifest.json</c>, the Korean and English language files and the two icons.
/// </summary>
public sealed class TeamsAppPackage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IOptions<TeamsAppOptions> _options;

    internal TeamsAppPackage(IOptions<TeamsAppOptions> options) => _options = options;

    /// <summary>The file name of the package for the configured version, e.g. <c>intranet-teams-app-1.0.0.zip</c>.</summary>
    public string FileName => $"intranet-teams-app-{_options.Value.Version}.zip";

    /// <summary>Writes the package into <paramref name="directory"/> (created when missing) and returns its path.</summary>
    /// <exception cref="OptionsValidationException">The options are incomplete.</exception>
    public async Task<string> WriteAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _ = _options.Value; // validates the options before anything is written
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        await using var file = File.Create(path);
        await WriteAsync(file, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>Writes the package to <paramref name="stream"/>.</summary>
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var options = _options.Value;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, "manifest.json", Json(TeamsAppManifest.Manifest(options)), cancellationToken).ConfigureAwait(false);
        foreach (var culture in IntranetCultures.Supported)
        {
            await AddAsync(zip, TeamsAppManifest.LanguageFile(culture), Json(TeamsAppManifest.Localization(culture)), cancellationToken).ConfigureAwait(false);
        }

        await AddAsync(zip, TeamsAppManifest.ColorIcon, AppIcons.Color(options.AccentColor), cancellationToken).ConfigureAwait(false);
        await AddAsync(zip, TeamsAppManifest.OutlineIcon, AppIcons.Outline(), cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Json(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Indented);

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
    }
}
