using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Intranet.Extensions.Localization;

/// <summary>
/// A text catalog read from JSON resources embedded in an assembly: one flat
/// <c>{"key": "text"}</c> file per culture, named <c>{baseName}.{culture}.json</c>
/// (for example <c>Strings.ko-KR.json</c> and <c>Strings.en-US.json</c>).
/// </summary>
public sealed class EmbeddedTextCatalog : ITextCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    /// <summary>Loads the catalog of <paramref name="assembly"/> for every supported culture.</summary>
    /// <param name="assembly">The assembly that embeds the files.</param>
    /// <param name="baseName">The file name before the culture, for example <c>Strings</c>.</param>
    /// <exception cref="InvalidOperationException">A culture's file is missing or is not a flat string map.</exception>
    public EmbeddedTextCatalog(Assembly assembly, string baseName = "Strings")
    {
        var cultures = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in IntranetCultures.Supported)
        {
            var suffix = $"{baseName}.{culture.Name}.json";
            var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + suffix, StringComparison.Ordinal) || n == suffix)
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no resource '{suffix}'.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Resource '{resource}' is empty.");
            cultures[culture.Name] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        _byCulture = cultures.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public string Get(string key, CultureInfo culture)
    {
        var strings = Table(culture);
        return strings.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No '{key}' text for {IntranetCultures.Resolve(culture.Name).Name}.");
    }

    /// <inheritdoc />
    public string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <inheritdoc />
    public IReadOnlyCollection<string> Keys(CultureInfo culture) => Table(culture).Keys;

    private FrozenDictionary<string, string> Table(CultureInfo culture) =>
        _byCulture[IntranetCultures.Resolve(culture.Name).Name];
}
