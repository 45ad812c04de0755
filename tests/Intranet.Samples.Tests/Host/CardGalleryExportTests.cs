using Intranet.Extensions.Testing.Cards;

namespace Intranet.Samples.Tests.Host;

/// <summary><c>dotnet run --project samples/Intranet.Samples.Host -- cards export &lt;dir&gt;</c>, and the official renderer on every file.</summary>
public sealed class CardGalleryExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gallery-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Exports_every_card_of_every_plugin_in_both_languages_and_each_validates()
    {
        var (exitCode, output) = await SampleHostProcess.RunAsync("cards", "export", _directory);

        Assert.True(exitCode == 0, output);
        var files = Directory.GetFiles(_directory, "*.json").Select(Path.GetFileName).ToList();
        Assert.Contains("praise.compose.ko-KR.json", files);
        Assert.Contains("praise.compose.en-US.json", files);
        Assert.All(files, f => Assert.Matches(@"^[a-z0-9]+\.[a-z0-9-]+\.(ko-KR|en-US)\.json$", f));
        var byCard = files.GroupBy(f => f![..f!.LastIndexOf('.', f.Length - 6)]);
        Assert.All(byCard, g => Assert.Equal(2, g.Count()));

        await new AdaptiveCardValidator().AssertAllValidAsync(
            files.Select(f => new KeyValuePair<string, string>(f!, File.ReadAllText(Path.Combine(_directory, f!)))));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
