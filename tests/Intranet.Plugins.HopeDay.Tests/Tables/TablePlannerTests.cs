using Intranet.Plugins.HopeDay.Tables;

namespace Intranet.Plugins.HopeDay.Tests.Tables;

/// <summary>Table grouping: everyone seated once, seniority balanced, departments spread, no repeat pairs, deterministic.</summary>
public sealed class TablePlannerTests
{
    private static List<TableCandidate> People(int count, int juniors, int departments, string prefix = "p") =>
        [.. Enumerable.Range(0, count).Select(i => new TableCandidate(
            $"{prefix}{i:000}", i < juniors ? SeniorityGroup.Junior : SeniorityGroup.Senior, $"dept-{i % departments}"))];

    [Theory]
    [InlineData(7, 1, new[] { 7 })]
    [InlineData(13, 2, new[] { 7, 6 })]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(2, 1, new[] { 2 })]
    [InlineData(8, 2, new[] { 4, 4 })]
    [InlineData(30, 5, new[] { 6, 6, 6, 6, 6 })]
    [InlineData(31, 5, new[] { 7, 6, 6, 6, 6 })]
    [InlineData(59, 9, new[] { 7, 7, 7, 7, 7, 6, 6, 6, 6 })]
    public void Awkward_numbers_seat_everyone_once_at_tables_of_about_six(int count, int tables, int[] sizes)
    {
        var people = People(count, juniors: count / 3, departments: 4);

        var plan = TablePlanner.Plan(people, 6, seed: 7, new PairSet());

        Assert.Equal(tables, plan.Count);
        Assert.Equal(sizes, plan.Select(t => t.Count).OrderDescending());
        Assert.Equal(people.Select(p => p.PersonId).Order(), plan.SelectMany(t => t).Order());
    }

    [Fact]
    public void Nobody_means_no_tables() => Assert.Empty(TablePlanner.Plan([], 6, 1, new PairSet()));

    [Theory]
    [InlineData(30, 12)]
    [InlineData(30, 3)]
    [InlineData(13, 5)]
    [InlineData(26, 20)]
    [InlineData(45, 22)]
    public void Seniority_is_balanced_within_one_per_table(int count, int juniors)
    {
        var plan = TablePlanner.Plan(People(count, juniors, departments: 5), 6, seed: 3, new PairSet());

        var juniorCounts = plan.Select(t => t.Count(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) < juniors)).ToList();
        var seniorCounts = plan.Select((t, i) => t.Count - juniorCounts[i]).ToList();
        Assert.True(juniorCounts.Max() - juniorCounts.Min() <= 1, string.Join(",", juniorCounts));
        Assert.True(seniorCounts.Max() - seniorCounts.Min() <= 1, string.Join(",", seniorCounts));
        if (juniors >= plan.Count && count - juniors >= plan.Count)
        {
            Assert.All(juniorCounts, c => Assert.InRange(c, 1, 7));
            Assert.All(seniorCounts, c => Assert.InRange(c, 1, 7));
        }
    }

    [Theory]
    [InlineData(24, 4, 8)]
    [InlineData(30, 8, 12)]
    [InlineData(36, 6, 18)]
    [InlineData(13, 3, 6)]
    public void Departments_are_spread_as_evenly_as_the_tables_allow(int count, int departments, int juniors)
    {
        var people = People(count, juniors, departments);

        var plan = TablePlanner.Plan(people, 6, seed: 11, new PairSet());

        var department = people.ToDictionary(p => p.PersonId, p => p.Department);
        foreach (var group in people.GroupBy(p => p.Department))
        {
            var fairShare = (int)Math.Ceiling(group.Count() / (double)plan.Count);
            Assert.All(plan, t => Assert.True(t.Count(id => department[id] == group.Key) <= fairShare,
                $"{group.Key}: {string.Join(" | ", plan.Select(x => x.Count(id => department[id] == group.Key)))}"));
        }
    }

    [Fact]
    public void One_department_is_not_seated_alone_even_when_it_is_most_of_the_room()
    {
        // 18 of 24 from one department: every table still gets people from elsewhere.
        var people = Enumerable.Range(0, 24).Select(i => new TableCandidate($"p{i:00}", i % 3 == 0 ? SeniorityGroup.Junior : SeniorityGroup.Senior, i < 18 ? "big" : $"small-{i % 3}")).ToList();

        var plan = TablePlanner.Plan(people, 6, seed: 5, new PairSet());

        Assert.All(plan, t => Assert.Contains(t, id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) >= 18));
    }

    [Theory]
    [InlineData(36, 1)]
    [InlineData(36, 2)]
    [InlineData(54, 3)]
    [InlineData(60, 4)]
    public void People_who_sat_together_in_an_earlier_round_are_not_seated_together_again(int count, int seed)
    {
        var people = People(count, juniors: count / 3, departments: 6);
        var history = new PairSet();
        foreach (var table in TablePlanner.Plan(people, 6, seed, history))
        {
            history.AddTable(table);
        }

        var second = TablePlanner.Plan(people, 6, seed + 100, history);

        Assert.Empty(Repeats(second, history));
    }

    [Fact]
    public void A_third_round_avoids_both_earlier_rounds()
    {
        var people = People(60, juniors: 20, departments: 8);
        var history = new PairSet();
        for (var round = 0; round < 3; round++)
        {
            var plan = TablePlanner.Plan(people, 6, round, history);
            Assert.Empty(Repeats(plan, history));
            foreach (var table in plan)
            {
                history.AddTable(table);
            }
        }
    }

    [Fact]
    public void When_repeats_cannot_be_avoided_there_are_as_few_as_the_tables_allow()
    {
        // 24 people at 4 tables of 6 twice: each new table draws 6 people from 4 old tables, so at least 2 pairs
        // per table repeat (2+2+1+1). The planner reaches that floor.
        var people = People(24, juniors: 8, departments: 4);
        var history = new PairSet();
        foreach (var table in TablePlanner.Plan(people, 6, 1, history))
        {
            history.AddTable(table);
        }

        var second = TablePlanner.Plan(people, 6, 2, history);

        Assert.Equal(4 * 2, Repeats(second, history).Count);
    }

    private static List<(string, string)> Repeats(IReadOnlyList<IReadOnlyList<string>> plan, PairSet history) =>
        [.. plan.SelectMany(t => t.SelectMany(a => t.Where(b => string.CompareOrdinal(a, b) < 0 && history.Contains(a, b)).Select(b => (a, b))))];

    [Fact]
    public void The_same_seed_gives_the_same_tables_whatever_the_input_order()
    {
        var people = People(30, juniors: 10, departments: 5);
        var shuffled = people.OrderBy(p => p.PersonId.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();

        var a = TablePlanner.Plan(people, 6, seed: 42, new PairSet());
        var b = TablePlanner.Plan(shuffled, 6, seed: 42, new PairSet());
        var c = TablePlanner.Plan(people, 6, seed: 43, new PairSet());

        Assert.Equal(a.Select(t => t.Order()), b.Select(t => t.Order()));
        Assert.NotEqual(a.Select(t => string.Join(",", t.Order())), c.Select(t => string.Join(",", t.Order())));
    }
}
