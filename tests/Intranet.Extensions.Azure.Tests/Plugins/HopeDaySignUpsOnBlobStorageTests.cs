using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Plugins.HopeDay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Azure.Tests.Plugins;

/// <summary>
/// The load case through the real Hope Day plugin: two host instances share one Blob Storage account (Azurite),
/// and a thousand people click "sign up" for one session of 15 + 15 seats at the same moment, half on each instance.
/// Each instance queues its own writers of the seats document, but between the instances only the blob ETags keep
/// order: no group is overbooked, nobody is lost or listed twice, and everyone was told what was stored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class HopeDaySignUpsOnBlobStorageTests(AzuriteFixture azurite)
{
    private const int People = 1_000;
    private const int SeatsPerGroup = 15;

    [Fact]
    public async Task A_thousand_sign_ups_at_once_on_two_instances_fill_each_groups_seats_exactly_and_queue_the_rest_as_told()
    {
        var roster = Enumerable.Range(0, People).Select(Person).ToList();
        await using var setup = await AzureSetup.StartAsync(azurite, roster);
        await using var first = await AzureInstance.StartAsync(setup, plugins: b => b.AddHopeDay());
        await using var second = await AzureInstance.StartAsync(setup, plugins: b => b.AddHopeDay());
        var hopeDay = first.Services.GetRequiredService<IHopeDay>();
        await hopeDay.CreateRoundAsync(OpenRound());

        var replies = await PluginClicks.AllAtOnceAsync([first, second], [.. roster.Select(p => p.Id)], (instance, person, _) =>
            instance.ClickAsync(person, "hopeday.signup", new JsonObject { ["roundId"] = "r1", ["sessionId"] = "s1" }));

        var report = (await second.Services.GetRequiredService<IHopeDay>().GetReportAsync("r1")).Sessions.Single();
        Assert.Equal(new GroupFill(SeatsPerGroup, SeatsPerGroup, People / 2 - SeatsPerGroup), report.Junior);
        Assert.Equal(new GroupFill(SeatsPerGroup, SeatsPerGroup, People / 2 - SeatsPerGroup), report.Senior);

        // What each person was told is what is stored: a confirmed seat, or the waitlist number they hold now.
        var places = await Task.WhenAll(roster.Select(p => hopeDay.GetPlaceAsync("r1", p.Id)));
        for (var i = 0; i < People; i++)
        {
            var told = Told(replies[i]);
            Assert.Equal(told is null ? ParticipationState.Confirmed : ParticipationState.Waitlisted, places[i].State);
            Assert.Equal(told, places[i].WaitlistPosition);
        }

        // Each group's waitlist numbers are 1…485, each held by exactly one person.
        foreach (var group in new[] { SeniorityGroup.Junior, SeniorityGroup.Senior })
        {
            var numbers = places.Where(p => p.Group == group && p.State == ParticipationState.Waitlisted).Select(p => p.WaitlistPosition!.Value).Order();
            Assert.Equal(Enumerable.Range(1, People / 2 - SeatsPerGroup), numbers);
        }

        Assert.DoesNotContain(first.Logs.Entries.Concat(second.Logs.Entries), e => e.Level >= LogLevel.Error);
    }

    /// <summary>The waitlist number the reply card gives, or null for "Your seat is confirmed."</summary>
    private static int? Told(CardActionResult reply)
    {
        var json = Assert.IsType<CardResult>(reply).Card.ToJson();
        return json.Contains("Your seat is confirmed.", StringComparison.Ordinal) ? null
            : int.Parse(WaitlistNumber().Match(json).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    // Even people were hired last year (juniors), odd ones twenty years ago (seniors); all read English cards.
    private static StaffMember Person(int i) => new()
    {
        Id = $"person-{i:D4}",
        DisplayName = $"직원 {i}",
        Department = $"부서 {i % 7}",
        HireDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(i % 2 == 0 ? -1 : -20),
        PreferredLanguage = "en-US",
    };

    private static HopeDayRoundDefinition OpenRound()
    {
        var now = DateTimeOffset.UtcNow;
        var day = now.AddDays(10);
        return new()
        {
            Id = "r1",
            Title = new LocalizedText("희망데이", "Hope Day"),
            SignUpOpensAt = now.AddHours(-1),
            SignUpClosesAt = now.AddDays(7),
            Rule = new MixRule(3, DateOnly.FromDateTime(now.UtcDateTime)),
            Sessions = [new("s1", day, day.AddHours(2), new LocalizedText("본관 3층 소통마루", "City Hall 3F"), SeatsPerGroup, SeatsPerGroup)],
        };
    }

    [GeneratedRegex("You are number (\\d+) on the waitlist")]
    private static partial Regex WaitlistNumber();
}
