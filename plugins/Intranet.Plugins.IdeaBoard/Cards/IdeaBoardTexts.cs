using System.Globalization;
using Intranet.Extensions.Actions;

namespace Intranet.Plugins.IdeaBoard.Cards;

/// <summary>The plugin's texts: every word a person reads comes from Resources/Strings.{culture}.json.</summary>
internal static class IdeaBoardTexts
{
    public static string T(string key, CultureInfo culture) => IdeaBoardPlugin.Descriptor.Texts.Get(key, culture);

    public static string F(string key, CultureInfo culture, params object?[] args) => IdeaBoardPlugin.Descriptor.Texts.Format(key, culture, args);

    /// <summary>
    /// The actor's mistake, already in their language (<c>error.{code}</c>, formatted with <paramref name="args"/>),
    /// so messages can name limits and dates.
    /// </summary>
    public static CardActionException Error(string code, CultureInfo culture, params object?[] args) =>
        new(code, F("error." + code, culture, args));
}
