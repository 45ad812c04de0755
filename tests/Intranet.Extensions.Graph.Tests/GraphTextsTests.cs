using Intranet.Extensions.Localization;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>Mail and feed texts exist in both languages.</summary>
public sealed class GraphTextsTests
{
    [Fact]
    public void Korean_and_English_have_the_same_keys_and_no_blank_text()
    {
        var korean = GraphTexts.Catalog.Keys(IntranetCultures.Korean).Order().ToList();

        Assert.Equal(korean, GraphTexts.Catalog.Keys(IntranetCultures.English).Order());
        Assert.All(korean, key => Assert.False(string.IsNullOrWhiteSpace(GraphTexts.Catalog.Get(key, IntranetCultures.English))));
        Assert.Equal("[인트라넷] 공지", GraphTexts.Catalog.Format("mail.subject", IntranetCultures.Korean, "공지"));
    }
}
