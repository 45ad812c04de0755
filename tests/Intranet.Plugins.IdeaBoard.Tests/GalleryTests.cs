using System.Text.RegularExpressions;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Testing.Hosting;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Every card the plugin can emit validates with the official renderer; every text exists in both languages.</summary>
public sealed partial class GalleryTests : IAsyncLifetime
{
    private IntranetTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IdeaBoardFixture.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_idea_board_card_validates_with_the_official_renderer_in_both_languages()
    {
        var checkedCards = await _host.AssertGalleryValidAsync("ideaboard");

        foreach (var card in new[] { "announcement", "announcement-unnecessary-work", "submitted", "idea", "idea-anonymous", "edit", "browse", "mine",
            "review", "review-adopted", "review-queue", "decision-adopt", "decision-merge", "implementation", "digest", "leaderboard", "export" })
        {
            Assert.Contains($"ideaboard.{card}.ko-KR.json", checkedCards);
            Assert.Contains($"ideaboard.{card}.en-US.json", checkedCards);
        }
    }

    [Fact]
    public void Every_text_exists_in_both_languages()
    {
        var texts = IdeaBoardPlugin.Descriptor.Texts;

        Assert.Equal(texts.Keys(IntranetCultures.Korean).Order(), texts.Keys(IntranetCultures.English).Order());
        Assert.Contains("plugin.name", texts.Keys(IntranetCultures.Korean));
        Assert.Contains("plugin.description", texts.Keys(IntranetCultures.English));
    }

    [Fact]
    public void Every_error_code_the_plugin_throws_has_a_text_in_both_languages()
    {
        var source = Path.Combine(RepositoryRoot(), "plugins", "Intranet.Plugins.IdeaBoard");
        var codes = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)).SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value)))
            .ToHashSet();

        Assert.True(codes.Count > 20, $"found only {codes.Count} error codes; the scan is broken");
        foreach (var culture in IntranetCultures.Supported)
        {
            var keys = IdeaBoardPlugin.Descriptor.Texts.Keys(culture);
            Assert.All(codes, code => Assert.Contains("error." + code, keys));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Intranet.Extensions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    // Error("Code"...), IdeaBoardException("Code"...), Require(value, "Missing", "TooLong"...) and refusal ternaries ("Code" : / ? "Code").
    [GeneratedRegex("""(?:Error\(|IdeaBoardException\()"([A-Z][A-Za-z]+)"|Require\([^,]+, "([A-Z][A-Za-z]+)", "([A-Z][A-Za-z]+)"|\? "([A-Z][A-Za-z]+)" :|: "([A-Z][A-Za-z]+)";""")]
    private static partial Regex ErrorCode();
}
