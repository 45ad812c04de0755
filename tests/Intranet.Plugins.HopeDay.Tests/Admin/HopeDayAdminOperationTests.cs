using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Admin.AdminCalls;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.Admin;

/// <summary>The admin operations on the real runtime: create a round from JSON, report, export, close, and refusals that store nothing.</summary>
public sealed class HopeDayAdminOperationTests
{
    /// <summary>A Korean-reading organiser; the fixture's <c>org</c> reads English.</summary>
    private const string Kim = "kim";

    private static Task<IntranetTestHost> StartAsync() => HopeDayFixture.StartAsync(
    [
        Junior("j1", "민원여권과"), Junior("j2"), Junior("j3"), Senior("s1", "복지정책과"), Senior("s2"),
        new StaffMember { Id = Kim, DisplayName = "김운영", Department = "행정지원과", HireDate = new DateOnly(2001, 1, 1), PreferredLanguage = "ko-KR" },
    ]);

    /// <summary>A round as an organiser writes it: local times (Seoul), Korean and English texts, open now.</summary>
    internal static JsonObject RoundJson() => new()
    {
        ["id"] = "2026-h1",
        ["title"] = new JsonObject { ["korean"] = "2026년 상반기 희망데이", ["english"] = "Hope Day 2026 H1" },
        ["signUpOpensAt"] = "2026-03-02T08:00",
        ["signUpClosesAt"] = "2026-03-09T18:00",
        ["rule"] = new JsonObject { ["juniorYears"] = 3, ["referenceDate"] = "2026-03-02" },
        ["sessions"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "s1", ["startsAt"] = "2026-03-12T14:00", ["endsAt"] = "2026-03-12T16:00",
                ["place"] = new JsonObject { ["korean"] = "본관 3층 소통마루", ["english"] = "City Hall 3F" }, ["juniorSeats"] = 2, ["seniorSeats"] = 1,
            },
            new JsonObject
            {
                ["id"] = "s2", ["startsAt"] = "2026-03-13T05:00Z", ["endsAt"] = "2026-03-13T07:00Z",
                ["place"] = "별관 카페", ["juniorSeats"] = 2, ["seniorSeats"] = 2,
            }),
    };

    [Fact]
    public async Task Every_operation_is_registered_for_the_organize_role()
    {
        await using var host = await StartAsync();

        var operations = host.Get<PluginRegistry>().AdminOperations.Where(o => o.PluginId == "hopeday").ToList();

        Assert.Equal(["close", "create-round", "export", "report"], operations.Select(o => o.Operation).Order(StringComparer.Ordinal));
        Assert.All(operations, o => Assert.Equal("HopeDay.Organize", o.RequiredRole));
    }

    [Fact]
    public async Task A_round_created_from_json_runs_through_report_export_and_close()
    {
        await using var host = await StartAsync();

        var created = Json(await host.RunAsync("create-round", Kim, RoundJson()));
        var again = Json(await host.RunAsync("create-round", Kim, RoundJson()));
        var changed = RoundJson();
        changed["tableSize"] = 4;
        var conflict = Error(await host.RunAsync("create-round", Kim, changed), 409, "RoundExists");
        await host.SignUpAsync("j1", roundId: "2026-h1");
        await host.SignUpAsync("j2", roundId: "2026-h1");
        await host.SignUpAsync("j3", roundId: "2026-h1");
        await host.SignUpAsync("s1", roundId: "2026-h1");
        var report = Json(await host.RunAsync("report", Kim, query: "roundId=2026-h1"));
        var csv = Assert.IsType<AdminFileResult>(await host.RunAsync("export", Kim, query: "roundId=2026-h1&kind=participants"));
        var english = Assert.IsType<AdminFileResult>(await host.RunAsync("export", Kim, query: "roundId=2026-h1&lang=en-US"));
        var closed = Json(await host.RunAsync("close", Kim, new JsonObject { ["roundId"] = "2026-h1" }));
        var after = Json(await host.RunAsync("report", "org", query: "roundId=2026-h1"));

        Assert.Equal(("2026-h1", true, 2), ((string?)created["roundId"], (bool)created["created"]!, (int)created["sessions"]!));
        Assert.False((bool)again["created"]!);
        Assert.Equal("같은 ID의 다른 회차가 이미 있습니다. 다른 ID를 정해 주세요.", conflict.Message);
        var (round, _) = (await host.HopeDay().GetRoundAsync("2026-h1"))!.Value;
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, Kst), round.SignUpOpensAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 14, 0, 0, Kst), round.Sessions[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 14, 0, 0, Kst), round.Sessions[1].StartsAt);
        Assert.Equal(new LocalizedText("별관 카페"), round.Sessions[1].Place);
        Assert.Equal([Kim], round.OrganizerIds); // the caller organises when the body names nobody
        Assert.Equal(6, round.TableSize);
        Assert.True(round.Audience.Everyone);

        var session = report["sessions"]![0]!;
        Assert.Equal(("open", 2, 2, 1), ((string?)report["state"], (int)session["junior"]!["seats"]!, (int)session["junior"]!["confirmed"]!, (int)session["junior"]!["waitlisted"]!));
        Assert.Equal("waitlisted", (string?)session["participants"]!.AsArray().Single(p => (string?)p!["personId"] == "j3")!["state"]);
        Assert.Equal(("hopeday-2026-h1-participants.csv", "text/csv; charset=utf-8"), (csv.FileName, csv.ContentType));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Content.ToArray()[..3]);
        Assert.Contains("민원여권과", Encoding.UTF8.GetString(csv.Content.Span), StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFSession,", Encoding.UTF8.GetString(english.Content.Span), StringComparison.Ordinal);

        var tables = closed["sessions"]!.AsArray();
        Assert.Equal(["s1", "s2"], tables.Select(s => (string?)s!["sessionId"]));
        Assert.Equal(["j1", "j2", "s1"], tables[0]!["tables"]!.AsArray().SelectMany(t => t!.AsArray()).Select(p => (string?)p).Order(StringComparer.Ordinal));
        Assert.Equal("closed", (string?)after["state"]);
        Assert.NotNull(after["sessions"]![0]!["participants"]![0]!["table"]);
    }

    [Theory]
    [InlineData("""{"id":null}""", "InvalidRound", "'id' is missing.")]
    [InlineData("""{"colour":"red"}""", "InvalidRound", "Unknown field 'colour'.")]
    [InlineData("""{"signUpOpensAt":"next monday"}""", "InvalidRound", "'signUpOpensAt' is not valid.")]
    [InlineData("""{"rule":{"juniorYears":"three","referenceDate":"2026-03-02"}}""", "InvalidRound", "'rule.juniorYears' is not valid.")]
    [InlineData("""{"rule":{"juniorYears":3}}""", "InvalidRound", "'rule.referenceDate' is missing.")]
    [InlineData("""{"title":{"english":"Only English"}}""", "InvalidRound", "'title.korean' is missing.")]
    [InlineData("""{"audience":{"everyone":"yes"}}""", "InvalidRound", "'audience.everyone' is not valid.")]
    [InlineData("""{"sessions":[{"id":"s1","startsAt":"2026-03-12T14:00","endsAt":"2026-03-12T16:00","place":"A","juniorSeats":2}]}""", "InvalidRound", "'sessions[0].seniorSeats' is missing.")]
    [InlineData("""{"sessions":[]}""", "InvalidRound", "The round needs at least one session.")]
    [InlineData("""{"signUpClosesAt":"2026-03-01T18:00"}""", "InvalidRound", "Sign-up must open before it closes.")]
    [InlineData("""{"sessions":[{"id":"s1","startsAt":"2026-03-05T14:00","endsAt":"2026-03-05T16:00","place":"A","juniorSeats":2,"seniorSeats":2}]}""", "InvalidRound", "Session 's1' must start after sign-up closes, when its tables are formed.")]
    [InlineData("""{"tableSize":1}""", "InvalidRound", "The table size must be 2–20.")]
    [InlineData("""{"organizerIds":["ghost"]}""", "UnknownOrganizer", "Organiser 'ghost' is not in the directory.")]
    [InlineData("""{"audience":{"departments":["없는과"]}}""", "NoInvitees", "The round's audience names nobody in the directory. Please check its departments and groups.")]
    public async Task A_malformed_round_is_refused_with_every_problem_and_nothing_is_stored(string patch, string code, string englishLine)
    {
        await using var host = await StartAsync();
        var body = RoundJson();
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        var before = await host.SnapshotAsync();
        var english = Error(await host.RunAsync("create-round", "org", body), 400, code);
        var korean = Error(await host.RunAsync("create-round", Kim, body.DeepClone().AsObject()), 400, code);

        Assert.Contains(englishLine, english.Message.Split('\n'));
        Assert.Matches("[가-힣]", korean.Message.Replace("없는과", "", StringComparison.Ordinal));
        Assert.Equal(english.Message.Split('\n').Length, korean.Message.Split('\n').Length);
        Assert.Equal(before, await host.SnapshotAsync());
        Assert.Null(await host.HopeDay().GetRoundAsync("2026-h1"));
    }

    [Fact]
    public async Task An_empty_body_names_every_missing_field_at_once()
    {
        await using var host = await StartAsync();

        var error = Error(await host.RunAsync("create-round", "org", []), 400, "InvalidRound");

        Assert.Equal(
            ["The round has errors.", "'id' is missing.", "'title' is missing.", "'signUpOpensAt' is missing.", "'signUpClosesAt' is missing.",
             "'rule' is missing.", "'sessions' is missing."],
            error.Message.Split('\n'));
    }

    [Theory]
    [InlineData("close", "{}", "", 400, "MissingField")]
    [InlineData("close", """{"roundId":"nope"}""", "", 404, "UnknownRound")]
    [InlineData("report", "{}", "roundId=bad%20id", 400, "InvalidField")]
    [InlineData("report", "{}", "roundId=nope", 404, "UnknownRound")]
    [InlineData("export", "{}", "roundId=2026-h1&kind=weird", 400, "UnknownExport")]
    [InlineData("export", "{}", "roundId=nope&kind=summary", 404, "UnknownRound")]
    [InlineData("export", "{}", "", 400, "MissingField")]
    public async Task Bad_requests_for_a_round_are_refused_and_change_nothing(string operation, string body, string query, int status, string code)
    {
        await using var host = await StartAsync();
        Json(await host.RunAsync("create-round", Kim, RoundJson()));
        var before = await host.SnapshotAsync();
        Assert.Contains(before.Keys, k => k == "state:hopeday/round/2026-h1");

        var korean = Error(await host.RunAsync(operation, Kim, JsonNode.Parse(body)!.AsObject(), query), status, code);
        var english = Error(await host.RunAsync(operation, "org", JsonNode.Parse(body)!.AsObject(), query), status, code);

        Assert.Matches("[가-힣]", korean.Message);
        Assert.DoesNotMatch("[가-힣]", english.Message);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public void Every_admin_error_and_round_problem_has_a_text_in_both_languages()
    {
        var texts = HopeDayPlugin.Descriptor.Texts;
        var codes = typeof(HopeDay.Admin.HopeDayAdmin).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();
        var everythingWrong = new HopeDayRoundDefinition
        {
            Id = "bad id",
            Title = new LocalizedText(" "),
            SignUpOpensAt = Start,
            SignUpClosesAt = Start,
            Rule = new MixRule(99, new DateOnly(2026, 3, 2)),
            TableSize = 1,
            OrganizerIds = [" "],
            Audience = null!,
            Sessions =
            [
                .. Enumerable.Repeat(new HopeDaySessionDefinition("bad id", Start.AddDays(-1), Start.AddDays(-1), new LocalizedText(""), 0, 0), 12),
                new HopeDaySessionDefinition("s13", Start.AddDays(1), Start.AddDays(2), "A", 61, 0),
            ],
        };

        var problems = HopeDay.Rounds.RoundValidation.Check(everythingWrong, new HopeDayOptions());

        Assert.Equal(7, codes.Count);
        Assert.All(IntranetCultures.Supported, c => Assert.All(codes, code => Assert.Contains("error." + code, texts.Keys(c))));
        Assert.Equal(
            ["BlankOrganizer", "DuplicateSessions", "InvalidId", "InvalidSessionId", "JuniorYears", "MissingAudience", "MissingPlace", "MissingTitle",
             "NoSeats", "SessionBeforeClose", "SessionTimes", "TableSize", "TooManySeats", "TooManySessions", "Window"],
            problems.Select(p => p.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.All(IntranetCultures.Supported, c => Assert.All(problems, p => Assert.DoesNotContain("{", p.GetMessage(c), StringComparison.Ordinal)));
    }
}
