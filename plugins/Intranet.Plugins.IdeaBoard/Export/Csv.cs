using System.Text;

namespace Intranet.Plugins.IdeaBoard.Export;

/// <summary>
/// RFC 4180 CSV, UTF-8 with a byte order mark so Excel opens Korean text correctly. Cells that a spreadsheet
/// would run as a formula (starting with = + - @) are prefixed with an apostrophe: typed text is data, never code.
/// </summary>
internal sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(cells[i] switch
            {
                null => "",
                string text => Escape(text),
                IFormattable f => Quote(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
                var other => Escape(other.ToString() ?? ""),
            });
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>Typed text: defused against formula injection, then quoted when needed.</summary>
    internal static string Escape(string value) =>
        Quote(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
