using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Graph.Calendar;
using Intranet.Extensions.Graph.Teams;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>What the real Graph SDK puts on the wire for each delivery, against the Graph emulator.</summary>
public sealed partial class GraphDeliveryTests : IAsyncLifetime
{
    private const string Kim = "11111111-0000-4000-8000-000000000001";
    private const string Emma = "11111111-0000-4000-8000-000000000003";
    private GraphApp _app = null!;

    public async Task InitializeAsync() => _app = await GraphApp.StartAsync(graph =>
    {
        graph.AddUser(Kim, "김과장", "kim@contoso.example", "kim@contoso.example", "민원여권과", "과장", new DateTimeOffset(2009, 3, 2, 0, 0, 0, TimeSpan.Zero), "ko-KR");
        graph.AddUser(Emma, "Emma Park", "emma@contoso.example", "emma.park@contoso.example", "민원여권과", "주무관", null, "en-US", Kim);
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Actionable_mail_carries_the_card_with_its_originator_in_the_head_script_and_a_readable_body()
    {
        var card = new AdaptiveCard
        {
            FallbackText = "민원 응대 매뉴얼 v3",
            Body = [new TextBlock("민원 응대 매뉴얼 v3") { Weight = TextWeight.Bolder }, new TextBlock("Read <this> & confirm </script>"), new FactSet { Facts = [new Fact("버전", "3")] }],
            Actions = [new ExecuteAction("manuals.confirm", "읽었습니다")],
        };

        var status = await _app.SendAsync(Audience.Users(Kim), "outlook", card);

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State);
        var request = Assert.Single(_app.Requests("POST", "/sendMail"));
        Assert.Equal($"/v1.0/users/{GraphApp.Sender}/sendMail", Uri.UnescapeDataString(request.PathAndQuery));
        var body = JsonNode.Parse(request.Body)!;
        // The SDK writes the action's parameters as Graph's metadata names them ("Message", "SaveToSentItems").
        var message = body["Message"]!;
        Assert.Equal("html", (string?)message["body"]!["contentType"]);
        Assert.Equal("kim@contoso.example", (string?)message["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Equal("[인트라넷] 민원 응대 매뉴얼 v3", (string?)message["subject"]);
        Assert.False((bool)body["SaveToSentItems"]!);
        Assert.Equal("x-intranet-delivery-id", (string?)message["internetMessageHeaders"]![0]!["name"]);

        var html = (string)message["body"]!["content"]!;
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var script = ScriptPattern().Match(head);
        Assert.True(script.Success, "the card script is in the head");
        var sentCard = JsonNode.Parse(script.Groups[1].Value)!;
        Assert.Equal(GraphApp.Originator, (string?)sentCard["originator"]);
        Assert.Equal("AdaptiveCard", (string?)sentCard["type"]);
        Assert.Equal("Action.Execute", (string?)sentCard["actions"]![0]!["type"]);
        Assert.Equal("Read <this> & confirm </script>", (string?)sentCard["body"]![1]!["text"]);
        var readable = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.Contains("Read &lt;this&gt; &amp; confirm &lt;/script&gt;", readable, StringComparison.Ordinal);
        Assert.Contains("<th style=\"text-align:left;padding-right:12px\">버전</th><td>3</td>", readable, StringComparison.Ordinal);
        Assert.Contains("Outlook", readable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_sendMail_is_retried_after_Retry_After_and_sent_once()
    {
        _app.Graph.Throttle("/sendMail");

        var status = await _app.SendAsync(Audience.Users(Emma), "outlook", new AdaptiveCard { Body = [new TextBlock("hi")] });

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State);
        Assert.Equal(2, _app.Requests("POST", "/sendMail").Count); // the 429 and the retry
        Assert.Equal("emma.park@contoso.example", (string?)JsonNode.Parse(_app.Requests("POST", "/sendMail")[1].Body)!["Message"]!["toRecipients"]![0]!["emailAddress"]!["address"]);
    }

    [Fact]
    public async Task Throttling_beyond_the_SDKs_retries_leaves_the_delivery_pending_for_the_outbox_to_retry()
    {
        _app.Graph.Throttle("/sendMail", times: 100);

        var status = await _app.SendAsync(Audience.Users(Kim), "outlook", new AdaptiveCard { Body = [new TextBlock("later")] });

        var recipient = Assert.Single(status.Recipients);
        Assert.Equal(DeliveryState.Pending, recipient.State);
        Assert.Equal(1, recipient.Attempts);
        Assert.Contains("throttled (429/503)", recipient.LastError, StringComparison.Ordinal);
        Assert.True(_app.Requests("POST", "/sendMail").Count > 1, "the SDK retried before giving the delivery back");
    }

    [Fact]
    public async Task Someone_without_a_mail_address_is_written_to_at_their_user_principal_name()
    {
        _app.Graph.AddUser("44444444-0000-4000-8000-000000000004", "메일 없음", "nomail@contoso.example");

        var status = await _app.SendAsync(Audience.Users("44444444-0000-4000-8000-000000000004"), "outlook", new AdaptiveCard { Body = [new TextBlock("x")] });

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State); // in Entra ID the UPN is routable mail too
        Assert.Equal("nomail@contoso.example", (string?)JsonNode.Parse(Assert.Single(_app.Requests("POST", "/sendMail")).Body)!["Message"]!["toRecipients"]![0]!["emailAddress"]!["address"]);
    }

    [Fact]
    public async Task A_channel_post_is_delegated_on_behalf_of_the_person_with_the_card_as_an_attachment_json_string()
    {
        var userToken = _app.Issuer.CreateEntraToken(GraphApp.TenantId, GraphApp.ClientId, Kim, ["Intranet.Admin"]);
        var card = new AdaptiveCard { Body = [new TextBlock("아이디어 공모전이 시작되었습니다")] };

        var id = await _app.Get<TeamsChannelPosts>().PostCardAsync("team-1", "19:general@thread.tacv2", card, userToken);

        Assert.StartsWith("msg-", id, StringComparison.Ordinal);
        var request = Assert.Single(_app.Requests("POST", "/channels/"));
        Assert.Equal("/v1.0/teams/team-1/channels/19:general@thread.tacv2/messages", Uri.UnescapeDataString(request.PathAndQuery));
        var message = JsonNode.Parse(request.Body)!;
        var attachment = message["attachments"]![0]!;
        Assert.Equal($"<attachment id=\"{(string?)attachment["id"]}\"></attachment>", (string?)message["body"]!["content"]);
        Assert.Equal("html", (string?)message["body"]!["contentType"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal(System.Text.Json.JsonValueKind.String, attachment["content"]!.GetValueKind());
        Assert.Equal("아이디어 공모전이 시작되었습니다", (string?)JsonNode.Parse((string)attachment["content"]!)!["body"]![0]!["text"]);
        var tokenRequest = _app.Issuer.Requests.Last(r => r.PathAndQuery.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.Contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("requested_token_use=on_behalf_of", tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_notification_names_the_manifest_activity_type_a_deep_link_and_the_preview()
    {
        var card = new AdaptiveCard { FallbackText = "Hope Day sign-up is open", Body = [new TextBlock("Hope Day")] };

        var status = await _app.SendAsync(Audience.Users(Emma), "activityfeed", card);

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State);
        var request = Assert.Single(_app.Requests("POST", "/teamwork/sendActivityNotification"));
        Assert.Equal($"/v1.0/users/{Emma}/teamwork/sendActivityNotification", request.PathAndQuery);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("text", (string?)body["topic"]!["source"]);
        Assert.Equal("Hope Day sign-up is open", (string?)body["topic"]!["value"]);
        Assert.StartsWith($"https://teams.microsoft.com/l/entity/{GraphApp.TeamsAppId}/", (string?)body["topic"]!["webUrl"], StringComparison.Ordinal);
        Assert.Equal("cardReceived", (string?)body["activityType"]);
        Assert.Equal("A new card arrived", (string?)body["previewText"]!["content"]);
        Assert.Equal("title", (string?)body["templateParameters"]![0]!["name"]);
        Assert.Equal(GraphApp.TeamsAppId, (string?)body["teamsAppId"]);
    }

    [Fact]
    public async Task A_Hope_Day_event_is_created_with_attendees_and_cancelled_with_a_comment()
    {
        var calendar = _app.Get<GraphCalendar>();

        var eventId = await calendar.CreateEventAsync(new CalendarEventRequest(
            Kim, "희망의 날 1회차", new DateTime(2026, 4, 15, 14, 0, 0), new DateTime(2026, 4, 15, 16, 0, 0), "Korea Standard Time",
            ["emma.park@contoso.example"], "3층 소회의실", "<p>편하게 오세요</p>", "hopeday-s1"));
        await calendar.CancelEventAsync(Kim, eventId, "우천으로 취소합니다");

        var created = JsonNode.Parse(Assert.Single(_app.Requests("POST", "/events"), r => r.PathAndQuery == $"/v1.0/users/{Kim}/events").Body)!;
        Assert.Equal("희망의 날 1회차", (string?)created["subject"]);
        Assert.Equal("2026-04-15T14:00:00", (string?)created["start"]!["dateTime"]);
        Assert.Equal("Korea Standard Time", (string?)created["start"]!["timeZone"]);
        Assert.Equal("emma.park@contoso.example", (string?)created["attendees"]![0]!["emailAddress"]!["address"]);
        Assert.Equal("required", (string?)created["attendees"]![0]!["type"]);
        Assert.Equal("3층 소회의실", (string?)created["location"]!["displayName"]);
        Assert.Equal("hopeday-s1", (string?)created["transactionId"]);
        var cancel = Assert.Single(_app.Requests("POST", "/cancel"));
        Assert.Equal($"/v1.0/users/{Kim}/events/{eventId}/cancel", cancel.PathAndQuery);
        Assert.Equal("우천으로 취소합니다", (string?)JsonNode.Parse(cancel.Body)!["Comment"]); // the parameter as Graph's metadata names it
    }

    [GeneratedRegex("<script type=\"application/adaptivecard\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();
}
