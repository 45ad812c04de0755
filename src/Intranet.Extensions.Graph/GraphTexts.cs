using Intranet.Extensions.Localization;

namespace Intranet.Extensions.Graph;

/// <summary>The Graph package's texts (mail subject and hints, feed preview) in Korean and English.</summary>
internal static class GraphTexts
{
    public static EmbeddedTextCatalog Catalog { get; } = new(typeof(GraphTexts).Assembly, "GraphStrings");
}
