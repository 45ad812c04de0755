using System.Globalization;
using Intranet.Extensions.Localization;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>A source file to import: its name (used in error messages and for ordering) and its text.</summary>
/// <param name="Name">The file name, for example <c>01-행정.md</c>.</param>
/// <param name="Content">The text.</param>
public sealed record ManualSourceFile(string Name, string Content);

/// <summary>What an import found: the manual, or the errors that stopped it.</summary>
/// <param name="Manual">The manual; null when there are errors.</param>
/// <param name="Errors">Every problem found, each naming its file and line.</param>
public sealed record ManualImportResult(ManualDefinition? Manual, IReadOnlyList<ManualImportError> Errors)
{
    /// <summary>True when the manual was read without errors.</summary>
    public bool Succeeded => Manual is not null && Errors.Count == 0;
}

/// <summary>A problem in a source file.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Code">A stable code; the text is <c>import.{Code}</c> in the plugin's resources.</param>
/// <param name="Arguments">Values the text names (a field, a key, a limit).</param>
public sealed record ManualImportError(string File, int? Line, string Code, IReadOnlyList<string> Arguments)
{
    /// <summary>The problem in <paramref name="culture"/>, prefixed with file and line: <c>01-행정.md:12: …</c>.</summary>
    /// <param name="culture">The reader's culture.</param>
    public string GetMessage(CultureInfo culture)
    {
        var text = ManualsPlugin.Descriptor.Texts.Format("import." + Code, culture, [.. Arguments]);
        return Line is { } line ? $"{File}:{line}: {text}" : $"{File}: {text}";
    }

    /// <inheritdoc />
    public override string ToString() => GetMessage(IntranetCultures.English);
}
