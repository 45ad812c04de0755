using Intranet.Extensions.Graph.People;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>The Graph directory against the emulator: users with every field, transitive members paged, $batch.</summary>
public sealed class GraphDirectoryTests : IAsyncLifetime
{
    private const string Kim = "11111111-0000-4000-8000-000000000001";
    private const string Emma = "11111111-0000-4000-8000-000000000003";
    private GraphApp _app = null!;

    public async Task InitializeAsync() => _app = await GraphApp.StartAsync(graph =>
    {
        graph.AddUser(Kim, "김과장", "kim@contoso.example", "kim@contoso.example", "민원여권과", "과장", new DateTimeOffset(2009, 3, 2, 0, 0, 0, TimeSpan.Zero), "ko-KR");
        graph.AddUser(Emma, "Emma Park", "emma@contoso.example", "emma.park@contoso.example", "민원여권과", "주무관", new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero), "en-US", Kim);

        // 2,500 staff: 2,000 in the district office group directly, 500 more through a nested centre group,
        // and 100 of those also direct members, so transitive membership must not count anyone twice.
        for (var i = 0; i < 2_500; i++)
        {
            graph.AddUser(Staff(i), $"직원 {i}", $"staff{i}@contoso.example", department: $"센터 {i % 18}", preferredLanguage: "ko-KR");
        }

        graph.AddUser("33333333-0000-4000-8000-000000000001", "퇴직자", "retired@contoso.example", accountEnabled: false);
        graph.AddGroup("centres", Enumerable.Range(1_900, 600).Select(Staff));
        graph.AddGroup("district", Enumerable.Range(0, 2_000).Select(Staff), ["centres"]);
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_Graph_directory_replaces_the_roster()
    {
        Assert.IsType<GraphDirectory>(_app.Get<IDirectory>());
    }

    [Fact]
    public async Task Finds_a_person_with_department_job_title_hire_date_language_and_manager()
    {
        var emma = await _app.Get<IDirectory>().FindAsync(Emma);

        Assert.NotNull(emma);
        Assert.Equal("Emma Park", emma.DisplayName);
        Assert.Equal("emma@contoso.example", emma.UserPrincipalName);
        Assert.Equal("emma.park@contoso.example", emma.Mail);
        Assert.Equal("민원여권과", emma.Department);
        Assert.Equal("주무관", emma.JobTitle);
        Assert.Equal(new DateOnly(2024, 7, 1), emma.HireDate);
        Assert.Equal("en-US", emma.PreferredLanguage);
        Assert.Equal(Kim, emma.ManagerId);
        var request = Assert.Single(_app.Requests("GET", $"/users/{Emma}"));
        var query = Uri.UnescapeDataString(request.PathAndQuery);
        Assert.Contains("$select=id,displayName,userPrincipalName,mail,department,jobTitle,employeeHireDate,preferredLanguage", query, StringComparison.Ordinal);
        Assert.Contains("$expand=manager($select=id)", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_by_user_principal_name_and_by_a_mail_that_is_not_the_UPN_and_not_an_unknown()
    {
        var directory = _app.Get<IDirectory>();

        Assert.Equal(Kim, (await directory.FindAsync("kim@contoso.example"))?.Id);
        Assert.Equal(Emma, (await directory.FindAsync("emma.park@contoso.example"))?.Id);
        Assert.Null(await directory.FindAsync("nobody@contoso.example"));
        Assert.Contains(_app.Graph.Requests, r => Uri.UnescapeDataString(r.PathAndQuery).Contains("$filter=mail eq 'emma.park@contoso.example'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_of_2500_transitive_members_is_read_page_by_page_through_nextLink_each_person_once()
    {
        var people = new List<StaffMember>();
        await foreach (var person in _app.Get<IDirectory>().ResolveAsync(Audience.OfGroups("district")))
        {
            people.Add(person);
        }

        Assert.Equal(2_500, people.Count);
        Assert.Equal(2_500, people.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 2_500).Select(Staff).Order(), people.Select(p => p.Id).Order());
        var pages = _app.Requests("GET", "/groups/district/transitiveMembers/graph.user");
        Assert.Equal(3, pages.Count); // 999 + 999 + 502
        Assert.DoesNotContain("$skiptoken", pages[0].PathAndQuery, StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.Contains("$skiptoken", Uri.UnescapeDataString(p.PathAndQuery), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forty_five_people_by_id_cost_three_batch_round_trips_of_at_most_twenty()
    {
        var ids = Enumerable.Range(10, 45).Select(Staff).ToArray();

        var people = new List<StaffMember>();
        await foreach (var person in _app.Get<IDirectory>().ResolveAsync(Audience.Users(ids)))
        {
            people.Add(person);
        }

        Assert.Equal(ids.Order(), people.Select(p => p.Id).Order());
        var batches = _app.Requests("POST", "/$batch");
        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.True(System.Text.Json.Nodes.JsonNode.Parse(b.Body)!["requests"]!.AsArray().Count <= 20));
        Assert.Equal(45, batches.Sum(b => System.Text.Json.Nodes.JsonNode.Parse(b.Body)!["requests"]!.AsArray().Count));

        // Read once, then the outbox's per-delivery look-ups are answered from memory.
        var before = _app.Graph.Requests.Count;
        Assert.Equal("직원 10", (await _app.Get<IDirectory>().FindAsync(Staff(10)))?.DisplayName);
        Assert.Equal(before, _app.Graph.Requests.Count);
    }

    [Fact]
    public async Task A_department_is_an_advanced_query_with_ConsistencyLevel_eventual()
    {
        var people = new List<StaffMember>();
        await foreach (var person in _app.Get<IDirectory>().ResolveAsync(Audience.OfDepartments("센터 3")))
        {
            people.Add(person);
        }

        Assert.Equal(Enumerable.Range(0, 2_500).Where(i => i % 18 == 3).Select(Staff).Order(), people.Select(p => p.Id).Order());
        var request = Assert.Single(_app.Requests("GET", "/v1.0/users?"));
        Assert.Equal("eventual", request.Headers["ConsistencyLevel"]);
        Assert.Contains("$count=true", Uri.UnescapeDataString(request.PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everyone_is_every_enabled_account_read_in_pages()
    {
        var people = new List<StaffMember>();
        await foreach (var person in _app.Get<IDirectory>().ResolveAsync(Audience.All))
        {
            people.Add(person);
        }

        Assert.Equal(2_500 + 3, people.Count); // the staff, Kim, Emma and the sender mailbox; not the disabled account
        Assert.DoesNotContain(people, p => p.DisplayName == "퇴직자");
        Assert.Equal(3, _app.Requests("GET", "/v1.0/users?").Count);
        Assert.Contains("$filter=accountEnabled eq true", Uri.UnescapeDataString(_app.Requests("GET", "/v1.0/users?")[0].PathAndQuery), StringComparison.Ordinal);
    }

    private static string Staff(int i) => $"22222222-0000-4000-8000-{i:D12}";
}
