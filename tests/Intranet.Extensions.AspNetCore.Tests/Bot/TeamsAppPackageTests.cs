using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Intranet.Extensions.AspNetCore.TeamsApp;
using Intranet.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>The Teams app zip: manifest 1.23 with the bot, SSO and activity type, ko/en language files, icons drawn in code.</summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "3c0e6a1b-0000-4000-8000-0000000a9901";
    private const string BotId = "6f1c0a6e-0000-4000-8000-00000000b07a";
    private const string ClientId = "9b8a7c6d-0000-4000-8000-0000000ad414";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "teams-app-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task Writes_the_manifest_with_bot_sso_activity_type_and_localization()
    {
        using var zip = await WriteAsync();

        Assert.Equal(["color.png", "en-us.json", "ko-kr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = Json(zip, "manifest.json");
        Assert.Equal("1.23", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal("2.1.0", (string?)manifest["version"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["personal", "team"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(ClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://intranet.contoso.example/{ClientId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal(["intranet.contoso.example"], manifest["validDomains"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("cardReceived", (string?)manifest["activities"]!["activityTypes"]![0]!["type"]);
        Assert.Equal("{title}", (string?)manifest["activities"]!["activityTypes"]![0]!["templateText"]);
        Assert.Equal("ko-kr", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Equal("ko-kr.json", (string?)manifest["localizationInfo"]!["defaultLanguageFile"]);
        Assert.Equal("en-us.json", (string?)manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
        Assert.Equal("인트라넷", (string?)manifest["name"]!["short"]);
        Assert.True(((string)manifest["name"]!["short"]!).Length <= 30);
        Assert.True(((string)manifest["description"]!["short"]!).Length <= 80);

        var korean = Json(zip, "ko-kr.json");
        var english = Json(zip, "en-us.json");
        Assert.Equal("인트라넷", (string?)korean["name.short"]);
        Assert.Equal("Intranet", (string?)english["name.short"]);
        Assert.Equal("help", (string?)english["bots[0].commandLists[0].commands[0].title"]);
        Assert.Equal(korean.Select(p => p.Key), english.Select(p => p.Key));
        Assert.All(english.Where(p => p.Key != "$schema"), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value)));
        Assert.True(((string)english["description.full"]!).Length <= 4000);
    }

    [Fact]
    public async Task The_icons_are_valid_PNGs_a_192_colour_one_and_a_32_white_on_transparent_outline()
    {
        using var zip = await WriteAsync();

        var (colorWidth, colorHeight, color) = DecodePng(zip, "color.png");
        Assert.Equal((192, 192), (colorWidth, colorHeight));
        Assert.Equal([0x2F, 0x5A, 0xA8, 0xFF], color[..4]); // the accent colour in the corner, opaque
        Assert.All(Enumerable.Range(0, 192 * 192), i => Assert.Equal(255, color[(i * 4) + 3]));

        var (outlineWidth, outlineHeight, outline) = DecodePng(zip, "outline.png");
        Assert.Equal((32, 32), (outlineWidth, outlineHeight));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => outline.AsSpan(i * 4, 4).ToArray()).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0] == 255 && p[1] == 255 && p[2] == 255 && p[3] == 255), "white or transparent only"));
        Assert.Equal(0, pixels[0][3]); // transparent background
        Assert.Contains(pixels, p => p[3] == 255);
    }

    [Fact]
    public async Task Incomplete_options_stop_the_writer_before_any_file_is_made()
    {
        var package = Build(o => o.BotId = "");

        await Assert.ThrowsAsync<OptionsValidationException>(() => package.WriteAsync(_directory));
        Assert.False(Directory.Exists(_directory));
    }

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<ZipArchive> WriteAsync()
    {
        var path = await Build().WriteAsync(_directory);
        Assert.Equal("intranet-teams-app-2.1.0.zip", Path.GetFileName(path));
        return ZipFile.OpenRead(path);
    }

    private TeamsAppPackage Build(Action<TeamsAppOptions>? change = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions(o => o.DataPath = _directory + "-data").AddTeamsAppPackage(o =>
        {
            o.AppId = AppId;
            o.Version = "2.1.0";
            o.BotId = BotId;
            o.ClientId = ClientId;
            o.Domain = "intranet.contoso.example";
            o.DeveloperName = "Contoso District Office";
            o.WebsiteUrl = "https://intranet.contoso.example/";
            o.PrivacyUrl = "https://intranet.contoso.example/privacy";
            o.TermsOfUseUrl = "https://intranet.contoso.example/terms";
            change?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<TeamsAppPackage>();
    }

    private static JsonObject Json(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return (JsonObject)JsonNode.Parse(stream)!;
    }

    // CRC-32 as the PNG specification defines it, written out here so the test does not trust the writer's own.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    // Reads back what an image viewer would: signature, CRC of every chunk, IHDR, and the inflated scanlines.
    private static (int Width, int Height, byte[] Rgba) DecodePng(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        var png = copy.ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)), Crc32(png.AsSpan(offset + 4, length + 4)));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(6, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        Assert.Equal(height * ((width * 4) + 1), raw.Length);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * ((width * 4) + 1)]);
            Array.Copy(raw, (y * ((width * 4) + 1)) + 1, rgba, y * width * 4, width * 4);
        }

        return (width, height, rgba);
    }
}
