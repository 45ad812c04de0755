using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>The real runtime with the manuals plugin, and the steps the tests repeat.</summary>
internal sealed class ManualsHost : IAsyncDisposable
{
    private ManualsHost(IntranetTestHost host) => Host = host;

    public IntranetTestHost Host { get; }

    public IManualLibrary Library => Host.Get<IManualLibrary>();

    public static async Task<ManualsHost> StartAsync(IEnumerable<StaffMember>? people = null, Action<ManualsOptions>? configure = null) =>
        new(await IntranetTestHost.StartAsync(people ?? TestRoster.People(), b => b.AddManuals(configure), groups: TestRoster.Groups));

    /// <summary>A small manual: two areas, five tasks, for the centres.</summary>
    public static string SmallManual(string front = "", string extraTask = "") => $"""
        ---
        id: small
        title: 작은 매뉴얼
        owner-department: {TestRoster.OwnerDepartment}
        owner: {TestRoster.Owner}
        summary: 시험용 매뉴얼입니다.
        audience-departments: {TestRoster.Centres[0]}, {TestRoster.Centres[1]}
        due-days: 3
        {front}
        ---

        # 민원 {"{#civil}"}

        ## 주민등록 사실조사 {"{#survey}"}

        통장과 함께 **실제 거주** 여부를 확인합니다.

        ### 유의사항

        - 최고·공고 절차를 지킵니다.

        ## 전입신고 확인 {"{#move-in}"}

        전입 세대에 안내문을 드립니다.

        {extraTask}

        # 안전 {"{#safety}"}

        ## 폭염 대응 {"{#heat}"}

        무더위쉼터를 점검합니다.

        ## 제설 {"{#snow}"}

        제설함을 채웁니다.

        ## 화재 예방 {"{#fire}"}

        소화기를 점검합니다.
        """;

    public async Task<ManualDefinition> ImportAsync(string markdown, string name = "manual.md")
    {
        var result = await Library.ImportMarkdownAsync([new ManualSourceFile(name, markdown)]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Manual!;
    }

    public Task<ManualVersion> PublishAsync(string manualId = "small", bool isMajor = true, string publisher = TestRoster.Owner) =>
        Library.PublishAsync(manualId, new PublishRequest { PublisherId = publisher, IsMajor = isMajor });

    public Task<CardActionResult> ActAsync(string actor, string action, string manualId, int version, params (string Name, JsonNode? Value)[] more)
    {
        var data = new JsonObject { ["manualId"] = manualId, ["version"] = version };
        foreach (var (name, value) in more)
        {
            data[name] = value;
        }

        return Host.ActAsync(actor, "manuals." + action, data);
    }

    public static AdaptiveCard CardOf(CardActionResult result) => Assert.IsType<CardResult>(result).Card;

    public async Task<IReadOnlyList<DevInboxItem>> InboxAsync(string userId) => await Host.InboxAsync(userId);

    public static string Text(AdaptiveCard card) => card.ToJson();

    public static string Text(DevInboxItem item) => item.Card.ToJsonString(CardJson.Options);

    public static CultureInfo Korean => CultureInfo.GetCultureInfo("ko-KR");

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
