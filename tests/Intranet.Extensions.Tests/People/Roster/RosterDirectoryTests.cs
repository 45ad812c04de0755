using System.Text;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Tests.Storage.FileSystem;

namespace Intranet.Extensions.Tests.People.Roster;

public sealed class RosterDirectoryTests : IDisposable
{
    private static readonly StaffMember Kim = new()
    {
        Id = "u-kim", DisplayName = "김민준", UserPrincipalName = "minjun.kim@gangnam.go.kr", Mail = "mj.kim@gangnam.go.kr",
        Department = "민원여권과", JobTitle = "주무관", HireDate = new DateOnly(2019, 3, 4), PreferredLanguage = "ko-KR", ManagerId = "u-lee",
    };

    private static readonly StaffMember Lee = new() { Id = "u-lee", DisplayName = "이서연", Department = "민원여권과", JobTitle = "과장" };
    private static readonly StaffMember Park = new() { Id = "u-park", DisplayName = "Park Jiho", Department = "Digital Innovation", PreferredLanguage = "en-US" };
    private static readonly StaffMember Choi = new() { Id = "u-choi", DisplayName = "최유나", Department = "민원여권과 1팀" };

    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private RosterDirectory Directory(string rosterPath = "roster.json") => new(folder.Options(o => o.RosterPath = rosterPath));

    private string RosterFilePath(string name = "roster.json") => Path.Combine(folder.Path, name);

    private static async Task<string[]> Ids(IAsyncEnumerable<StaffMember> people) => await people.Select(p => p.Id).ToArrayAsync();

    [Fact]
    public async Task A_json_roster_written_by_RosterFile_reads_back_with_every_field()
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Lee]);

        var directory = Directory();

        Assert.Equal(Kim, await directory.FindAsync("u-kim"));
        Assert.Equal(Lee, await directory.FindAsync("u-lee"));
        Assert.Contains("\"displayName\": \"김민준\"", await File.ReadAllTextAsync(RosterFilePath())); // Korean stays readable
        Assert.Contains("\"hireDate\": \"2019-03-04\"", await File.ReadAllTextAsync(RosterFilePath()));
    }

    [Fact]
    public async Task A_hand_written_json_roster_parses()
    {
        await File.WriteAllTextAsync(RosterFilePath(), """
            {
              // edited by hand
              "people": [
                { "id": "u-1", "displayName": "정하늘", "hireDate": "2024-01-02", "department": " 총무과 ", "mail": "" },
              ],
              "groups": [ { "id": "g-1", "displayName": "신규 직원", "members": ["u-1", "u-gone"] } ]
            }
            """);

        var directory = Directory();

        var person = await directory.FindAsync("u-1");
        Assert.Equal(new StaffMember { Id = "u-1", DisplayName = "정하늘", HireDate = new DateOnly(2024, 1, 2), Department = "총무과" }, person);
        Assert.Equal(["u-1"], await Ids(directory.ResolveAsync(Audience.OfGroups("g-1"))));
    }

    [Fact]
    public async Task A_csv_roster_with_bom_quotes_commas_and_korean_parses()
    {
        var csv = "id,displayName,userPrincipalName,mail,department,jobTitle,hireDate,preferredLanguage,managerId,notes\r\n" +
                  "u-kim,김민준,minjun.kim@gangnam.go.kr,mj.kim@gangnam.go.kr,\"민원여권과\",주무관,2019-03-04,ko-KR,u-lee,\"likes \"\"kindness\"\", policies\"\r\n" +
                  "u-choi,\"최유나\",,,\"민원여권과, 1팀\",\"팀장\nTeam lead\",,,,\r\n" +
                  "\r\n" +
                  "u-park,Park Jiho,,,Digital Innovation,,,en-US,,";
        await File.WriteAllBytesAsync(RosterFilePath("roster.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        var directory = Directory("roster.csv");

        Assert.Equal(Kim, await directory.FindAsync("u-kim"));
        Assert.Equal(new StaffMember { Id = "u-choi", DisplayName = "최유나", Department = "민원여권과, 1팀", JobTitle = "팀장\nTeam lead" }, await directory.FindAsync("u-choi"));
        Assert.Equal(["u-kim", "u-choi", "u-park"], await Ids(directory.ResolveAsync(Audience.All)));
    }

    [Fact]
    public async Task A_csv_roster_without_bom_and_with_only_the_required_columns_parses()
    {
        await File.WriteAllTextAsync(RosterFilePath("people.csv"), "displayName,id\n이서연,u-lee\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var directory = Directory("people.csv");

        Assert.Equal(new StaffMember { Id = "u-lee", DisplayName = "이서연" }, await directory.FindAsync("u-lee"));
    }

    [Theory]
    [InlineData("u-kim")]
    [InlineData("U-KIM")]
    [InlineData("MinJun.Kim@Gangnam.go.kr")]
    [InlineData("mj.kim@GANGNAM.go.kr")]
    public async Task Find_matches_id_principal_name_or_mail_ignoring_case(string idOrName)
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Lee]);

        Assert.Equal(Kim, await Directory().FindAsync(idOrName));
        Assert.Null(await Directory().FindAsync("nobody@gangnam.go.kr"));
    }

    [Fact]
    public async Task Nested_groups_resolve_transitively_each_person_once_even_with_a_cycle()
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Lee, Park, Choi],
        [
            new RosterGroup("g-chiefs", "동장", ["u-lee", "g-centre"]),
            new RosterGroup("g-centre", "주민센터", ["u-kim", "g-all", "u-lee"]),
            new RosterGroup("g-all", "전체", ["g-chiefs", "u-park"]), // cycle back to g-chiefs
            new RosterGroup("g-other", "기타", ["u-choi"]),
        ]);
        var directory = Directory();

        Assert.Equal(["u-lee", "u-kim", "u-park"], await Ids(directory.ResolveAsync(Audience.OfGroups("g-chiefs"))));
        Assert.Equal(["u-park", "u-lee", "u-kim"], await Ids(directory.ResolveAsync(Audience.OfGroups("g-all"))));
        Assert.Equal(["u-choi", "u-lee", "u-kim", "u-park"], await Ids(directory.ResolveAsync(Audience.OfGroups("g-other", "g-chiefs", "g-unknown"))));
    }

    [Fact]
    public async Task Departments_match_by_exact_name()
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Lee, Park, Choi]);

        Assert.Equal(["u-kim", "u-lee"], await Ids(Directory().ResolveAsync(Audience.OfDepartments("민원여권과"))));
        Assert.Empty(await Ids(Directory().ResolveAsync(Audience.OfDepartments("digital innovation"))));
    }

    [Fact]
    public async Task Everyone_and_mixed_audiences_yield_each_person_once()
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Lee, Park, Choi], [new RosterGroup("g-1", "1", ["u-kim", "u-park"])]);
        var directory = Directory();

        Assert.Equal(["u-kim", "u-lee", "u-park", "u-choi"], await Ids(directory.ResolveAsync(Audience.All)));
        var mixed = new Audience { UserIds = ["u-park", "U-PARK", "minjun.kim@gangnam.go.kr", "u-nobody"], GroupIds = ["g-1"], Departments = ["민원여권과"] };
        Assert.Equal(["u-park", "u-kim", "u-lee"], await Ids(directory.ResolveAsync(mixed)));
        Assert.Empty(await Ids(directory.ResolveAsync(new Audience())));
    }

    [Fact]
    public async Task A_missing_roster_is_an_empty_directory()
    {
        var directory = Directory("missing/roster.csv");

        Assert.Null(await directory.FindAsync("u-kim"));
        Assert.Empty(await Ids(directory.ResolveAsync(Audience.All)));
    }

    [Fact]
    public async Task An_absolute_roster_path_is_used_as_is()
    {
        using var elsewhere = new TempDataFolder();
        var path = Path.Combine(elsewhere.Path, "org", "roster.json");
        await RosterFile.WriteJsonAsync(path, [Park]);

        Assert.Equal(Park, await Directory(path).FindAsync("u-park"));
    }

    [Fact]
    public async Task The_roster_is_read_again_after_the_file_changes()
    {
        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim]);
        var directory = Directory();
        Assert.Equal(["u-kim"], await Ids(directory.ResolveAsync(Audience.All)));

        await RosterFile.WriteJsonAsync(RosterFilePath(), [Kim, Park with { DisplayName = "박지호" }]);
        Assert.Equal("박지호", (await directory.FindAsync("u-park"))?.DisplayName);

        File.Delete(RosterFilePath());
        Assert.Empty(await Ids(directory.ResolveAsync(Audience.All)));
    }

    [Theory]
    [InlineData("id,displayName\nu-1,Kim\nu-2,\"Lee\n", 3, "not closed")]
    [InlineData("id,displayName\r\nu-1,Kim\r\nu-2,Lee,extra\r\n", 3, "expected 2 fields")]
    [InlineData("id,displayName,hireDate\nu-1,\"Kim\nJr\",2020-01-01\nu-2,Lee,2020-13-01\n", 4, "hireDate")]
    [InlineData("id,displayName\nu-1,\"Kim\"x\n", 2, "after a closing quote")]
    [InlineData("id,displayName\nu-1,\n", 2, "displayName is empty")]
    [InlineData("id,name\nu-1,Kim\n", 1, "displayName")]
    public async Task A_malformed_csv_names_the_file_and_the_line(string csv, int line, string problem)
    {
        await File.WriteAllTextAsync(RosterFilePath("roster.csv"), csv);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Directory("roster.csv").FindAsync("u-1"));

        Assert.Contains(RosterFilePath("roster.csv"), error.Message);
        Assert.Contains($"line {line}:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("""{ "people": [ { "id": "u-1" } ] }""")]
    [InlineData("""{ "people": [ { "id": "u-1", "displayName": "A" }, { "id": "U-1", "displayName": "B" } ] }""")]
    [InlineData("""{ "people": [ { "id": "u-1", "displayName": "A", "hireDate": "04/03/2019" } ] }""")]
    [InlineData("""{ "people": [ """)]
    public async Task A_malformed_json_roster_names_the_file(string json)
    {
        await File.WriteAllTextAsync(RosterFilePath(), json);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Directory().FindAsync("u-1"));

        Assert.Contains(RosterFilePath(), error.Message);
    }
}
