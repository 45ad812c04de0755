namespace Intranet.Plugins.Manuals.Import;

/// <summary>A place in a source file.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">The 1-based line, when known.</param>
internal readonly record struct SourceLocation(string File, int? Line);

/// <summary>
/// Where each part of an imported manual came from, by path (<c>title</c>, <c>areas[1].tasks[3].title</c>), so
/// validation errors can name file and line whichever format the manual was written in.
/// </summary>
internal sealed class SourceMap(SourceLocation fallback, Func<string, string> fieldName)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records where <paramref name="path"/> is written.</summary>
    public void Add(string path, SourceLocation location) => _locations[path] = location;

    /// <summary>Where <paramref name="path"/> (or its nearest recorded parent) is written.</summary>
    public SourceLocation Locate(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_locations.TryGetValue(p, out var location))
            {
                return location;
            }
        }

        return fallback;
    }

    /// <summary>The name of a field as the source format spells it (<c>owner-department</c> in front matter).</summary>
    public string FieldName(string field) => fieldName(field);

    /// <summary>An error at <paramref name="path"/>.</summary>
    public ManualImportError Error(string path, string code, params string[] arguments)
    {
        var location = Locate(path);
        return new ManualImportError(location.File, location.Line, code, arguments);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
