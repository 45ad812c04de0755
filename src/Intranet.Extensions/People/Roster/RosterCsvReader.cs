using System.Globalization;
using System.Text;

namespace Intranet.Extensions.People.Roster;

/// <summary>
/// Reads a CSV roster (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). The header
/// row names the columns with the JSON property names; unknown columns are ignored. CSV rosters have no groups.
/// </summary>
internal static class RosterCsvReader
{
    /// <summary>Parses the people of a CSV roster.</summary>
    /// <exception cref="InvalidOperationException">The file is malformed; the message names the file and the line.</exception>
    public static IReadOnlyList<StaffMember> Read(string text, string path)
    {
        var people = new List<StaffMember>();
        Dictionary<string, int>? columns = null;
        foreach (var (line, fields) in Records(text, path))
        {
            if (fields is [""])
            {
                continue; // blank line
            }

            if (columns is null)
            {
                columns = ReadHeader(fields, line, path);
                continue;
            }

            if (fields.Count != columns.Count)
            {
                throw Malformed(path, line, $"expected {columns.Count} fields as in the header, found {fields.Count}.");
            }

            people.Add(ReadPerson(columns, fields, line, path));
        }

        return people;
    }

    private static Dictionary<string, int> ReadHeader(List<string> fields, int line, string path)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            if (!columns.TryAdd(fields[i].Trim(), i))
            {
                throw Malformed(path, line, $"the column '{fields[i]}' appears twice in the header.");
            }
        }

        return columns.ContainsKey("id") && columns.ContainsKey("displayName")
            ? columns
            : throw Malformed(path, line, "the header must name at least the columns 'id' and 'displayName'.");
    }

    private static StaffMember ReadPerson(Dictionary<string, int> columns, List<string> fields, int line, string path)
    {
        string? Get(string column) =>
            columns.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

        DateOnly? hireDate = null;
        if (Get("hireDate") is { } hired)
        {
            hireDate = DateOnly.TryParseExact(hired, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Malformed(path, line, $"hireDate '{hired}' is not a date in the form yyyy-MM-dd.");
        }

        return new StaffMember
        {
            Id = Get("id") ?? throw Malformed(path, line, "id is empty."),
            DisplayName = Get("displayName") ?? throw Malformed(path, line, "displayName is empty."),
            UserPrincipalName = Get("userPrincipalName"),
            Mail = Get("mail"),
            Department = Get("department"),
            JobTitle = Get("jobTitle"),
            HireDate = hireDate,
            PreferredLanguage = Get("preferredLanguage"),
            ManagerId = Get("managerId"),
        };
    }

    /// <summary>Splits the text into records, each with the (1-based) line it starts on.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text, string path)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var afterQuote = false; // a quoted field was just closed: only a separator may follow
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                    afterQuote = true;
                }
                else
                {
                    line += IsLineBreak(text, i) ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                fields.Add(field.ToString());
                yield return (recordLine, fields);
                fields = [];
                field.Clear();
                afterQuote = false;
                recordLine = ++line;
            }
            else if (afterQuote)
            {
                if (c is not (' ' or '\t'))
                {
                    throw Malformed(path, line, $"unexpected '{c}' after a closing quote; double quotes inside a quoted field (\"\").");
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == '"')
            {
                throw Malformed(path, line, "a quote inside an unquoted field; enclose the field in quotes and double the quote.");
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw Malformed(path, recordLine, "a quoted field is not closed.");
        }

        if (fields.Count > 0 || field.Length > 0 || afterQuote)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }

    // "\r\n" counts once (on the '\n'); a lone '\r' counts too.
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    private static InvalidOperationException Malformed(string path, int line, string problem) =>
        new($"Roster file '{path}' line {line}: {problem}");
}
