using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.AspNetCore.Tests.Bot.TestPlugin;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Testing.Cards;
using Intranet.Samples.PraisePlugin;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>The help card in both languages, checked by the official Adaptive Cards renderer.</summary>
public sealed class HelpCardTests
{
    [Fact]
    public async Task The_help_card_lists_every_plugin_in_Korean_and_English_and_the_official_renderer_accepts_it()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions(o => o.DataPath = Path.Combine(Path.GetTempPath(), "help-" + Guid.NewGuid().ToString("N")))
            .AddRecorder().AddPraise();
        await using var provider = services.BuildServiceProvider();
        var plugins = provider.GetRequiredService<PluginRegistry>();

        var korean = HelpCard.Build(plugins, IntranetCultures.Korean);
        var english = HelpCard.Build(plugins, IntranetCultures.English);

        Assert.Contains("인트라넷 도우미", korean.ToJson(), StringComparison.Ordinal);
        Assert.Contains("칭찬 릴레이", korean.ToJson(), StringComparison.Ordinal);
        Assert.Contains("기록 플러그인", korean.ToJson(), StringComparison.Ordinal);
        Assert.Contains("Intranet assistant", english.ToJson(), StringComparison.Ordinal);
        Assert.Contains("Recorder", english.ToJson(), StringComparison.Ordinal);
        await new AdaptiveCardValidator().AssertAllValidAsync(
        [
            new KeyValuePair<string, string>("bot.help.ko-KR.json", korean.ToJson()),
            new KeyValuePair<string, string>("bot.help.en-US.json", english.ToJson()),
        ]);
    }

    [Fact]
    public void The_bot_texts_have_the_same_keys_in_both_languages()
    {
        Assert.Equal(BotTexts.Catalog.Keys(IntranetCultures.Korean).Order(), BotTexts.Catalog.Keys(IntranetCultures.English).Order());
        Assert.Equal(
            Intranet.Extensions.AspNetCore.TeamsApp.TeamsAppManifest.Texts.Keys(IntranetCultures.Korean).Order(),
            Intranet.Extensions.AspNetCore.TeamsApp.TeamsAppManifest.Texts.Keys(IntranetCultures.English).Order());
    }
}
