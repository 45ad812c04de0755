using System.Text.Json;
using Intranet.Extensions.Storage;

namespace Intranet.Plugins.HopeDay.Demo;

/// <summary>The demo's titles, places and comments, from the embedded <c>Demo/HopeDayDemo.json</c>.</summary>
internal sealed record DemoText(LocalizedText OpenTitle, LocalizedText PastTitle, IReadOnlyList<LocalizedText> Places, IReadOnlyList<string> Comments)
{
    public static DemoText Load()
    {
        var assembly = typeof(DemoText).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("HopeDayDemo.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<DemoText>(stream, StateStoreExtensions.JsonOptions)
            ?? throw new InvalidOperationException("The Hope Day demo text is empty.");
    }
}
