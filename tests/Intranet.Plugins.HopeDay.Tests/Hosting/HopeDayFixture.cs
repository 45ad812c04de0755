using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;

namespace Intranet.Plugins.HopeDay.Tests.Hosting;

/// <summary>People, rounds and small helpers shared by the Hope Day tests.</summary>
internal static class HopeDayFixture
{
    public static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    /// <summary>The test host's clock starts at 09:00 KST on Monday 2 March 2026.</summary>
    public static DateTimeOffset Start => IntranetTestHost.DefaultStart;

    public static StaffMember Junior(string id, string department = "민원여권과", string language = "en-US") => new()
    {
        Id = id,
        DisplayName = "Junior " + id,
        Mail = id + "@test.example",
        Department = department,
        HireDate = new DateOnly(2025, 4, 1),
        PreferredLanguage = language,
    };

    public static StaffMember Senior(string id, string department = "행정지원과", string language = "en-US") => new()
    {
        Id = id,
        DisplayName = "Senior " + id,
        Mail = id + "@test.example",
        Department = department,
        HireDate = new DateOnly(2010, 4, 1),
        PreferredLanguage = language,
    };

    public static StaffMember Organiser => new() { Id = "org", DisplayName = "Organiser", Department = "행정지원과", HireDate = new DateOnly(2000, 1, 1), PreferredLanguage = "en-US" };

    /// <summary>A round open now (closing in a week) with the given sessions, juniors hired within 3 years.</summary>
    public static HopeDayRoundDefinition Round(string id = "r1", params HopeDaySessionDefinition[] sessions) => new()
    {
        Id = id,
        Title = new LocalizedText("2026년 상반기 희망데이", "Hope Day 2026 H1"),
        SignUpOpensAt = Start.AddHours(-1),
        SignUpClosesAt = Start.AddDays(7),
        Rule = new MixRule(3, new DateOnly(2026, 3, 2)),
        Sessions = sessions.Length > 0 ? sessions : [Session("s1", 2, 2)],
        OrganizerIds = ["org"],
    };

    /// <summary>A session <paramref name="day"/> days after the start, 14:00–16:00 KST.</summary>
    public static HopeDaySessionDefinition Session(string id, int juniorSeats, int seniorSeats, int day = 10) =>
        new(id, new DateTimeOffset(2026, 3, 2 + day, 14, 0, 0, Kst), new DateTimeOffset(2026, 3, 2 + day, 16, 0, 0, Kst),
            new LocalizedText("본관 3층 소통마루", "City Hall 3F"), juniorSeats, seniorSeats);

    public static Task<IntranetTestHost> StartAsync(IEnumerable<StaffMember> people) =>
        IntranetTestHost.StartAsync(people.Append(Organiser), b => b.AddHopeDay());

    public static IHopeDay HopeDay(this IntranetTestHost host) => host.Get<IHopeDay>();

    public static Task<CardActionResult> SignUpAsync(this IntranetTestHost host, string personId, string sessionId = "s1", string roundId = "r1") =>
        host.ActAsync(personId, "hopeday.signup", new JsonObject { ["roundId"] = roundId, ["sessionId"] = sessionId });

    public static Task<CardActionResult> CancelAsync(this IntranetTestHost host, string personId, string roundId = "r1") =>
        host.ActAsync(personId, "hopeday.cancel", new JsonObject { ["roundId"] = roundId });

    public static AdaptiveCard Card(this CardActionResult result) =>
        result is CardResult card ? card.Card : throw new Xunit.Sdk.XunitException($"Expected a card, got {result}.");

    public static string Json(this CardActionResult result) => result.Card().ToJson();

    /// <summary>A delivered card's JSON with Korean as written (not as \u escapes), for text assertions.</summary>
    public static string Text(this JsonNode card) => card.ToJsonString(ReadableJson);

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The verbs of every Action.Execute on a card (body and actions).</summary>
    public static IReadOnlyList<ExecuteAction> Executes(this AdaptiveCard card) =>
        [.. Walk(card.Body).Concat(card.Actions).OfType<ExecuteAction>()];

    private static IEnumerable<AdaptiveAction> Walk(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case ActionSet set:
                    foreach (var action in set.Actions)
                    {
                        yield return action;
                    }

                    break;
                case Container container:
                    foreach (var action in Walk(container.Items))
                    {
                        yield return action;
                    }

                    break;
            }
        }
    }
}
