using System.Globalization;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;

namespace Intranet.Extensions.Abstractions.Tests.Plugins;

public sealed class PluginDescriptorTests
{
    private sealed class NoTexts : ITextCatalog
    {
        public string Get(string key, CultureInfo culture) => throw new KeyNotFoundException(key);

        public string Format(string key, CultureInfo culture, params object?[] args) => Get(key, culture);

        public IReadOnlyCollection<string> Keys(CultureInfo culture) => [];
    }

    [Theory]
    [InlineData("Praise")]
    [InlineData("idea-board")]
    [InlineData("1x")]
    [InlineData("p")]
    public void Refuses_ids_that_cannot_prefix_verbs(string id)
    {
        Assert.Throws<ArgumentException>(() => new PluginDescriptor(id, "1.0.0", new NoTexts()));
    }

    [Fact]
    public void Accepts_lower_case_ids()
    {
        Assert.Equal("ideaboard", new PluginDescriptor("ideaboard", "1.0.0", new NoTexts()).Id);
    }
}
