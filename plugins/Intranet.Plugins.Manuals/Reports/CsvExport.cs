using System.Globalization;
using System.Text;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Reports;

/// <summary>
/// The report as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Korean as mojibake), CRLF
/// line ends, RFC 4180 quoting, and cells that start like a formula prefixed with an apostrophe.
/// </summary>
internal static class CsvExport
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(ManualReport report, TimeZoneInfo zone, CultureInfo culture)
    {
        var csv = new StringBuilder();
        Line(csv, [T("csv.unit"), T("csv.name"), T("csv.id"), T("csv.status"), T("csv.version"), T("csv.at")]);
        foreach (var status in report.Readers)
        {
            var ack = status.Acknowledgement;
            Line(csv,
            [
                status.Reader.Unit ?? "",
                status.Reader.DisplayName,
                status.Reader.Id,
                T(ack is null ? "csv.missing" : "csv.done"),
                ack is null ? "" : "v" + ack.Version.ToString(CultureInfo.InvariantCulture),
                ack is null ? "" : TimeZoneInfo.ConvertTime(ack.AcknowledgedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ]);
        }

        return [.. Encoding.GetPreamble(), .. Encoding.GetBytes(csv.ToString())];

        string T(string key) => ManualsPlugin.Descriptor.Texts.Get(key, culture);
    }

    private static void Line(StringBuilder csv, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        // A name like "=HYPERLINK(...)" must stay text in Excel.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
