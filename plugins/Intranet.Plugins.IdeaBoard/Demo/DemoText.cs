using System.Text.Json;

namespace Intranet.Plugins.IdeaBoard.Demo;

/// <summary>The demo campaigns' Korean content, from the embedded <c>Demo/demo-content.json</c>.</summary>
internal sealed record DemoText(DemoText.KindnessText Kindness, DemoText.WorkText UnnecessaryWork)
{
    public static DemoText Load()
    {
        var assembly = typeof(DemoText).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-content.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<DemoText>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("demo-content.json is empty.");
    }

    internal sealed record KindnessText(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<IdeaText> Ideas, IReadOnlyList<string> Comments);

    internal sealed record IdeaText(string Title, string Body, string Category);

    internal sealed record WorkText(string Title, string Description, IReadOnlyList<WorkItemText> Items, string AdoptFeedback, string HoldFeedback);

    internal sealed record WorkItemText(string Title, string CurrentPractice, string WhyUnnecessary, double HoursSaved, string Proposal);
}
