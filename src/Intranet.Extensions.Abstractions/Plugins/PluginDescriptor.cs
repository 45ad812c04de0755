using System.Globalization;
using System.Text.RegularExpressions;
using Intranet.Extensions.Localization;

namespace Intranet.Extensions.Plugins;

/// <summary>
/// Who a plugin is: a lower-case id (the prefix of its verbs, jobs and gallery files), a version, and its
/// texts, which must hold <c>plugin.name</c> and <c>plugin.description</c> in every culture.
/// </summary>
public sealed partial record PluginDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <exception cref="ArgumentException">The id is not lower-case letters and digits.</exception>
    public PluginDescriptor(string id, string version, ITextCatalog texts)
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Plugin id '{id}' must be lower-case letters and digits, starting with a letter.", nameof(id));
        }

        Id = id;
        Version = version;
        Texts = texts;
    }

    /// <summary>The id, for example <c>praise</c>.</summary>
    public string Id { get; }

    /// <summary>The plugin's version.</summary>
    public string Version { get; }

    /// <summary>The plugin's localized texts.</summary>
    public ITextCatalog Texts { get; }

    /// <summary>The plugin's name in <paramref name="culture"/>.</summary>
    public string GetName(CultureInfo culture) => Texts.Get("plugin.name", culture);

    /// <summary>What the plugin offers, in <paramref name="culture"/>.</summary>
    public string GetDescription(CultureInfo culture) => Texts.Get("plugin.description", culture);

    [GeneratedRegex("^[a-z][a-z0-9]{1,31}$")]
    private static partial Regex IdPattern();
}
