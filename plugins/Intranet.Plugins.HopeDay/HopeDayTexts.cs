using System.Globalization;

namespace Intranet.Plugins.HopeDay;

/// <summary>The plugin's texts, from <c>Resources/Strings.{culture}.json</c>.</summary>
internal static class HopeDayTexts
{
    public static string Get(string key, CultureInfo culture) => HopeDayPlugin.Descriptor.Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => HopeDayPlugin.Descriptor.Texts.Format(key, culture, args);
}
