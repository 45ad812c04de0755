using Intranet.Extensions.Localization;

namespace Intranet.Extensions.Abstractions.Tests.Localization;

public sealed class IntranetCulturesTests
{
    [Theory]
    [InlineData("ko-KR", "ko-KR")]
    [InlineData("ko", "ko-KR")]
    [InlineData("en-GB", "en-US")]
    [InlineData("EN", "en-US")]
    [InlineData("fr-FR", "ko-KR")]
    [InlineData(null, "ko-KR")]
    [InlineData("", "ko-KR")]
    public void Resolves_a_preferred_language_to_a_supported_culture(string? preferred, string expected)
    {
        Assert.Equal(expected, IntranetCultures.Resolve(preferred).Name);
    }

    [Fact]
    public void Falls_back_to_the_given_default()
    {
        Assert.Equal("en-US", IntranetCultures.Resolve("de", IntranetCultures.English).Name);
    }
}
