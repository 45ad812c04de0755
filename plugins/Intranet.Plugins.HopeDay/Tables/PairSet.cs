namespace Intranet.Plugins.HopeDay.Tables;

/// <summary>Unordered pairs of people who sat at one table.</summary>
internal sealed class PairSet
{
    private readonly HashSet<(string, string)> _pairs = [];

    public int Count => _pairs.Count;

    public bool Contains(string a, string b) => _pairs.Contains(Key(a, b));

    /// <summary>Adds every pair of one table.</summary>
    public void AddTable(IReadOnlyList<string> table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            for (var j = i + 1; j < table.Count; j++)
            {
                _pairs.Add(Key(table[i], table[j]));
            }
        }
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
