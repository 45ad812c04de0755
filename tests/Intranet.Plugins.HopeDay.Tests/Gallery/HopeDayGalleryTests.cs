using System.Reflection;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;

namespace Intranet.Plugins.HopeDay.Tests.Gallery;

/// <summary>Every card the plugin can emit, in both languages, against the official renderer; and the texts behind them.</summary>
public sealed class HopeDayGalleryTests
{
    private static readonly string[] ExpectedCards =
    [
        "invitation", "invitation-not-open", "invitation-cancelled", "invitation-closed", "confirmed", "promoted", "waitlisted",
        "waitlist-closed", "table", "reminder-eve", "reminder-morning", "feedback", "feedback-thanks",
        "organiser-report", "organiser-report-closed", "organiser-report-exported", "attendance", "comments",
    ];

    [Fact]
    public async Task Every_hope_day_card_validates_with_the_official_renderer_in_both_languages()
    {
        await using var host = await HopeDayFixture.StartAsync([]);

        var checkedCards = await host.AssertGalleryValidAsync("hopeday");

        Assert.Equal(
            ExpectedCards.SelectMany(c => new[] { $"hopeday.{c}.ko-KR.json", $"hopeday.{c}.en-US.json" }).Order(),
            checkedCards.Order());
    }

    [Fact]
    public void Every_card_stays_well_under_the_teams_size_limit_and_declares_a_fallback()
    {
        var samples = new ServiceProviderSamples().All();

        Assert.All(samples, s =>
        {
            var json = s.Card.ToJson();
            Assert.True(json.Length < 20_000, $"{s.Name} is {json.Length} characters");
            Assert.False(string.IsNullOrWhiteSpace(s.Card.FallbackText), s.Name);
        });
    }

    [Fact]
    public void Every_text_exists_in_both_languages()
    {
        var texts = HopeDayPlugin.Descriptor.Texts;

        Assert.Equal(texts.Keys(IntranetCultures.Korean).Order(), texts.Keys(IntranetCultures.English).Order());
        Assert.All(IntranetCultures.Supported, c => Assert.All(texts.Keys(c), k => Assert.False(string.IsNullOrWhiteSpace(texts.Get(k, c)), k)));
    }

    [Fact]
    public void Every_error_code_has_a_message_in_both_languages()
    {
        var codes = typeof(HopeDayErrors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(14, codes.Count);
        Assert.All(IntranetCultures.Supported, c => Assert.All(codes, code => Assert.Contains("error." + code, HopeDayPlugin.Descriptor.Texts.Keys(c))));
    }

    [Fact]
    public void Typed_text_never_reaches_a_markdown_text_block()
    {
        // The sample session places carry Markdown and HTML; they must appear only inside text runs.
        var samples = new ServiceProviderSamples().All();

        Assert.All(samples, s => Assert.DoesNotContain(Blocks(s.Card.Body), b => b.Text.Contains("**카페**", StringComparison.Ordinal) || b.Text.Contains("<회의실>", StringComparison.Ordinal)));
    }

    private static IEnumerable<TextBlock> Blocks(IEnumerable<CardElement> elements) =>
        elements.SelectMany(e => e switch
        {
            TextBlock block => [block],
            Container container => Blocks(container.Items),
            ColumnSet set => set.Columns.SelectMany(c => Blocks(c.Items)),
            _ => [],
        });

    /// <summary>The plugin's registered gallery provider, rendered in both languages.</summary>
    private sealed class ServiceProviderSamples
    {
        public IReadOnlyList<(string Name, AdaptiveCard Card)> All()
        {
            var provider = (ICardSampleProvider)Activator.CreateInstance(
                typeof(HopeDayPlugin).Assembly.GetType("Intranet.Plugins.HopeDay.Gallery.HopeDayCardSamples", throwOnError: true)!)!;
            return [.. provider.GetSamples().SelectMany(s => IntranetCultures.Supported.Select(c => ($"{s.Name}.{c.Name}", s.Render(c))))];
        }
    }
}
