using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>A small organisation on the real runtime, and shortcuts for acting on the idea board as its people.</summary>
internal static class IdeaBoardFixture
{
    public const string Reviewers = "g-reviewers";

    /// <summary>Two reviewers (a group), authors and voters; <c>emma</c> and <c>ben</c> read English.</summary>
    public static readonly StaffMember[] People =
    [
        new() { Id = "head", DisplayName = "박과장", Department = "행정지원과", PreferredLanguage = "ko-KR" },
        new() { Id = "lead", DisplayName = "최팀장", Department = "행정지원과", PreferredLanguage = "ko-KR", ManagerId = "head" },
        new() { Id = "kim", DisplayName = "김하늘", Department = "민원여권과", PreferredLanguage = "ko-KR", ManagerId = "head" },
        new() { Id = "lee", DisplayName = "이서준", Department = "복지정책과", PreferredLanguage = "ko-KR", ManagerId = "head" },
        new() { Id = "emma", DisplayName = "Emma Lee", Department = "민원여권과", PreferredLanguage = "en-US", ManagerId = "head" },
        new() { Id = "ben", DisplayName = "Ben Park", Department = "안전총괄과", PreferredLanguage = "en-US", ManagerId = "head" },
    ];

    public static readonly RosterGroup[] Groups = [new(Reviewers, "심사위원", ["head", "lead"])];

    /// <summary>Opening of the test host's clock: Monday 2 March 2026, 09:00 in Seoul.</summary>
    public static readonly DateTime Monday9 = new(2026, 3, 2, 9, 0, 0);

    public static Task<IntranetTestHost> StartAsync(IEnumerable<StaffMember>? people = null, Action<IdeaBoardOptions>? configure = null) =>
        IntranetTestHost.StartAsync(people ?? People, b => b.AddIdeaBoard(configure), groups: Groups);

    public static CampaignDefinition Contest(string id = "kindness", bool anonymous = false, CampaignKind kind = CampaignKind.Ideas) => new()
    {
        Id = id,
        Title = "친절 정책 공모",
        Description = "민원인이 다시 오고 싶은 구청을 만들 아이디어",
        Kind = kind,
        OpensAt = Monday9,
        ClosesAt = Monday9.AddDays(11).AddHours(9), // Friday 13 March, 18:00 in Seoul
        Categories = kind == CampaignKind.Ideas ? ["민원 응대", "디지털 서비스"] : [],
        Reviewers = Audience.OfGroups(Reviewers),
        Anonymous = anonymous,
        IncentivePoints = 100,
    };

    public static async Task<CampaignInfo> CreateAsync(this IntranetTestHost host, CampaignDefinition? definition = null) =>
        await host.Get<IIdeaBoard>().CreateCampaignAsync(definition ?? Contest());

    public static Task<CardActionResult> SubmitAsync(this IntranetTestHost host, string actor, string title, string body = "설명", string draft = "d1", string campaign = "kindness", string? category = "민원 응대") =>
        host.ActAsync(actor, "ideaboard.submit", new JsonObject
        {
            ["campaignId"] = campaign,
            ["draftId"] = draft,
            ["title"] = title,
            ["body"] = body,
            ["category"] = category,
        });

    /// <summary>Submits and returns the new idea's id (read from the confirmation card's "view" button).</summary>
    public static async Task<string> SubmitIdeaAsync(this IntranetTestHost host, string actor, string title, string body = "설명", string draft = "d1", string campaign = "kindness")
    {
        var card = Assert.IsType<CardResult>(await host.SubmitAsync(actor, title, body, draft, campaign)).Card;
        return (string)card.Actions.OfType<ExecuteAction>().First(a => a.Verb == "ideaboard.idea").Data!["ideaId"]!;
    }

    public static Task<CardActionResult> VoteAsync(this IntranetTestHost host, string actor, string ideaId, bool on = true, string campaign = "kindness") =>
        host.ActAsync(actor, "ideaboard.vote", new JsonObject { ["campaignId"] = campaign, ["ideaId"] = ideaId, ["on"] = on ? "true" : "false" });

    public static Task<CardActionResult> CommentAsync(this IntranetTestHost host, string actor, string ideaId, string text, string draft = "c1", string campaign = "kindness") =>
        host.ActAsync(actor, "ideaboard.comment", new JsonObject { ["campaignId"] = campaign, ["ideaId"] = ideaId, ["draftId"] = draft, ["comment"] = text });

    public static Task<CardActionResult> DecideAsync(this IntranetTestHost host, string actor, string ideaId, string decision, string? feedback = null, string? mergeInto = null, string campaign = "kindness") =>
        host.ActAsync(actor, "ideaboard.decide", new JsonObject
        {
            ["campaignId"] = campaign,
            ["ideaId"] = ideaId,
            ["decision"] = decision,
            ["feedback"] = feedback,
            ["mergeInto"] = mergeInto,
        });

    public static Task<CardActionResult> ViewAsync(this IntranetTestHost host, string actor, string ideaId, string campaign = "kindness") =>
        host.ActAsync(actor, "ideaboard.idea", new JsonObject { ["campaignId"] = campaign, ["ideaId"] = ideaId });

    public static AdaptiveCard Card(this CardActionResult result) => Assert.IsType<CardResult>(result).Card;

    public static ErrorResult Error(this CardActionResult result) => Assert.IsType<ErrorResult>(result);

    /// <summary>Every string of the card (texts, titles, data), one per line, unescaped.</summary>
    public static string Text(this AdaptiveCard card) => card.ToJsonObject().Text();

    /// <summary>Every string of a card's JSON, one per line, unescaped.</summary>
    public static string Text(this JsonNode node) => string.Join('\n', Strings(node));

    /// <summary>The verbs of every Action.Execute in the card, nested ones included.</summary>
    public static IReadOnlyList<string> Verbs(this AdaptiveCard card) => [.. Objects(card.ToJsonObject())
        .Where(o => (string?)o["type"] == "Action.Execute").Select(o => (string)o["verb"]!)];

    /// <summary>The data of the first Action.Execute with <paramref name="verb"/>.</summary>
    public static JsonObject DataOf(this AdaptiveCard card, string verb) =>
        Objects(card.ToJsonObject()).First(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)["data"]!.AsObject().DeepClone().AsObject();

    /// <summary>The data of every Action.Execute with <paramref name="verb"/>.</summary>
    public static IReadOnlyList<JsonObject> DataOfAll(this AdaptiveCard card, string verb) => [.. Objects(card.ToJsonObject())
        .Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb).Select(o => o["data"]!.AsObject().DeepClone().AsObject())];

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Objects(p.Value))],
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
