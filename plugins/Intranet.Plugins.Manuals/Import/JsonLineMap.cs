using System.Text.Json;

namespace Intranet.Plugins.Manuals.Import;

/// <summary>
/// The 1-based line of every property and array element of a JSON text, by path (<c>areas[1].tasks[0].title</c>):
/// the serializer reports lines only for syntax errors, and validation errors need them too.
/// </summary>
internal static class JsonLineMap
{
    public static IEnumerable<(string Path, int Line)> Build(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var found = new List<(string, int)>();
        var containers = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            var line = LineOf(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    found.Add((Child(), line));
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ValuePath(line);
                    containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    ValuePath(line);
                    break;
            }
        }

        return found;

        // The path of the value that starts here; array elements are recorded, properties were at their name.
        string ValuePath(int line)
        {
            if (containers.Count == 0)
            {
                return "";
            }

            var (parent, isArray, index) = containers.Pop();
            containers.Push((parent, isArray, isArray ? index + 1 : index));
            if (!isArray)
            {
                return Child();
            }

            var element = $"{parent}[{index}]";
            found.Add((element, line));
            return element;
        }

        string Child()
        {
            var parent = containers.Count == 0 ? "" : containers.Peek().Path;
            return parent.Length == 0 ? property ?? "" : $"{parent}.{property}";
        }

        int LineOf(long offset)
        {
            var index = lineStarts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
