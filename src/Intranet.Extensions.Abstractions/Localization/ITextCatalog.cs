using System.Globalization;

namespace Intranet.Extensions.Localization;

/// <summary>Localized strings of one package, looked up per recipient's culture.</summary>
public interface ITextCatalog
{
    /// <summary>The string for <paramref name="key"/> in <paramref name="culture"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key is missing in that culture's resources.</exception>
    string Get(string key, CultureInfo culture);

    /// <summary>The string for <paramref name="key"/>, formatted with <paramref name="args"/> in that culture.</summary>
    string Format(string key, CultureInfo culture, params object?[] args);

    /// <summary>Every key defined for <paramref name="culture"/>; tests compare the cultures for parity.</summary>
    IReadOnlyCollection<string> Keys(CultureInfo culture);
}
