namespace Intranet.Plugins.HopeDay.Tables;

/// <summary>A person to seat: their group and department.</summary>
internal sealed record TableCandidate(string PersonId, SeniorityGroup Group, string? Department);

/// <summary>
/// Forms tables for one session. Table sizes differ by at most one and never exceed the target by more than
/// one, so awkward numbers (7, 13) seat everyone. Juniors and seniors are spread so every table's count of
/// each group is within one of every other's (a hard rule). Then, softly: pairs who sat together in earlier
/// rounds are kept apart first, departments spread second. Deterministic for a given seed, whatever the
/// order of the input.
/// </summary>
internal static class TablePlanner
{
    // A repeat pair weighs more than any department clash a table can have, so it is avoided first.
    private const int RepeatCost = 100;
    private const int DepartmentCost = 1;
    private const int MaxPasses = 100;
    private const int AnnealingStepsPerPerson = 3000;

    /// <summary>How many tables <paramref name="count"/> people need at a target size.</summary>
    public static int TableCount(int count, int tableSize) =>
        count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(count / (double)(Math.Max(2, tableSize) + 1)));

    public static IReadOnlyList<IReadOnlyList<string>> Plan(
        IReadOnlyCollection<TableCandidate> people, int tableSize, int seed, PairSet pastPairs)
    {
        var k = TableCount(people.Count, tableSize);
        if (k == 0)
        {
            return [];
        }

        // Sorted first, then shuffled by the seed: the input's order never matters.
        var random = new Random(seed);
        var order = people.OrderBy(p => p.PersonId, StringComparer.Ordinal).ToList();
        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var quotas = Quotas(order, k);
        var tables = Enumerable.Range(0, k).Select(_ => new List<TableCandidate>()).ToList();

        // Largest departments first, so they are dealt across tables before the small ones fill the gaps.
        var sizes = order.GroupBy(p => p.Department ?? "").ToDictionary(g => g.Key, g => g.Count());
        var dealt = order.Select((p, i) => (p, i)).OrderByDescending(x => sizes[x.p.Department ?? ""])
            .ThenBy(x => x.p.Department ?? "", StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.p);
        foreach (var person in dealt)
        {
            var best = -1;
            var bestScore = int.MaxValue;
            for (var t = 0; t < k; t++)
            {
                if (tables[t].Count(p => p.Group == person.Group) >= quotas[t][person.Group])
                {
                    continue;
                }

                var score = tables[t].Sum(other => Cost(person, other, pastPairs)) * 1000 + tables[t].Count;
                if (score < bestScore)
                {
                    (best, bestScore) = (t, score);
                }
            }

            tables[best].Add(person);
        }

        Improve(tables, pastPairs);
        tables = Anneal(tables, pastPairs, random);
        return [.. tables.Select(t => (IReadOnlyList<string>)[.. t.Select(p => p.PersonId)])];
    }

    /// <summary>The cost of two people at one table: a repeat pair, and sharing a department.</summary>
    public static int Cost(TableCandidate a, TableCandidate b, PairSet pastPairs) =>
        (pastPairs.Contains(a.PersonId, b.PersonId) ? RepeatCost : 0) +
        (a.Department is not null && a.Department == b.Department ? DepartmentCost : 0);

    // Seats per table, and of each group: sizes and group counts each differ by at most one between tables.
    private static Dictionary<SeniorityGroup, int>[] Quotas(List<TableCandidate> people, int k)
    {
        var n = people.Count;
        var juniors = people.Count(p => p.Group == SeniorityGroup.Junior);
        var quotas = new Dictionary<SeniorityGroup, int>[k];
        for (var t = 0; t < k; t++)
        {
            var size = n / k + (t < n % k ? 1 : 0);
            var junior = juniors / k + (t < juniors % k ? 1 : 0);
            quotas[t] = new() { [SeniorityGroup.Junior] = junior, [SeniorityGroup.Senior] = size - junior };
        }

        return quotas;
    }

    // Swaps two people of the same group between tables while that lowers the total cost (keeps the balance).
    private static void Improve(List<List<TableCandidate>> tables, PairSet pastPairs)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var a = 0; a < tables.Count; a++)
            {
                for (var b = a + 1; b < tables.Count; b++)
                {
                    for (var i = 0; i < tables[a].Count; i++)
                    {
                        for (var j = 0; j < tables[b].Count; j++)
                        {
                            var x = tables[a][i];
                            var y = tables[b][j];
                            if (x.Group != y.Group || SwapDelta(tables[a], x, tables[b], y, pastPairs) >= 0)
                            {
                                continue;
                            }

                            (tables[a][i], tables[b][j]) = (y, x);
                            improved = true;
                        }
                    }
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    // Greedy swaps stop in local optima that still repeat a pair; a seeded annealing walk (swaps of the same
    // group only, so the balance holds) escapes them. The best arrangement seen is kept, never a worse one.
    private static List<List<TableCandidate>> Anneal(List<List<TableCandidate>> tables, PairSet pastPairs, Random random)
    {
        var people = tables.Sum(t => t.Count);
        if (tables.Count < 2 || TotalCost(tables, pastPairs) == 0)
        {
            return tables;
        }

        var current = tables.Select(t => t.ToList()).ToList();
        var cost = TotalCost(current, pastPairs);
        var best = current.Select(t => t.ToList()).ToList();
        var bestCost = cost;
        var steps = AnnealingStepsPerPerson * people;
        for (var step = 0; step < steps && bestCost > 0; step++)
        {
            var temperature = 3.0 * (1.0 - step / (double)steps) + 0.05;
            var a = random.Next(current.Count);
            var b = random.Next(current.Count - 1);
            b = b >= a ? b + 1 : b;
            var i = random.Next(current[a].Count);
            var j = random.Next(current[b].Count);
            var x = current[a][i];
            var y = current[b][j];
            if (x.Group != y.Group)
            {
                continue;
            }

            var delta = SwapDelta(current[a], x, current[b], y, pastPairs);
            if (delta <= 0 || random.NextDouble() < Math.Exp(-delta / temperature))
            {
                (current[a][i], current[b][j]) = (y, x);
                cost += delta;
                if (cost < bestCost)
                {
                    best = current.Select(t => t.ToList()).ToList();
                    bestCost = cost;
                }
            }
        }

        Improve(best, pastPairs);
        return best;
    }

    private static int TotalCost(List<List<TableCandidate>> tables, PairSet pastPairs)
    {
        var total = 0;
        foreach (var table in tables)
        {
            for (var i = 0; i < table.Count; i++)
            {
                for (var j = i + 1; j < table.Count; j++)
                {
                    total += Cost(table[i], table[j], pastPairs);
                }
            }
        }

        return total;
    }

    private static int SwapDelta(List<TableCandidate> tableA, TableCandidate x, List<TableCandidate> tableB, TableCandidate y, PairSet pastPairs)
    {
        var delta = 0;
        foreach (var z in tableA)
        {
            if (z != x)
            {
                delta += Cost(y, z, pastPairs) - Cost(x, z, pastPairs);
            }
        }

        foreach (var z in tableB)
        {
            if (z != y)
            {
                delta += Cost(x, z, pastPairs) - Cost(y, z, pastPairs);
            }
        }

        return delta;
    }
}
