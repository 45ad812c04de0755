using Intranet.Plugins.Manuals.Import;

namespace Intranet.Plugins.Manuals.Demo;

/// <summary>The demo manuals, embedded as Markdown folders (<c>Demo/Content/{folder}/*.md</c>) and read through the importer.</summary>
internal static class DemoManuals
{
    /// <summary>The 민선8기 community-centre chief's manual: 3 areas, 45 tasks.</summary>
    public const string DongChief = "dong-chief";

    /// <summary>The files that change from v1 to v2 of the chief's manual (two tasks revised).</summary>
    public const string DongChiefRevision = "dong-chief-v2";

    /// <summary>The short complaint-response manual for every clerk.</summary>
    public const string Complaints = "complaints";

    private const string Prefix = "Manuals.Demo.";

    /// <summary>The Markdown files of a demo folder.</summary>
    public static IReadOnlyList<ManualSourceFile> Load(string folder)
    {
        var assembly = typeof(DemoManuals).Assembly;
        var prefix = Prefix + folder + "/";
        var files = new List<ManualSourceFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add(new ManualSourceFile(name[prefix.Length..], reader.ReadToEnd()));
        }

        return files.Count > 0 ? files : throw new InvalidOperationException($"No demo manual '{folder}' is embedded.");
    }

    /// <summary>Version 2 of the chief's manual: version 1's files with the revised ones put in their place.</summary>
    public static IReadOnlyList<ManualSourceFile> LoadRevision()
    {
        var revised = Load(DongChiefRevision).ToDictionary(f => f.Name, StringComparer.Ordinal);
        return [.. Load(DongChief).Select(f => revised.GetValueOrDefault(f.Name) ?? f)];
    }
}
