using Intranet.Extensions.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Intranet.Extensions.AspNetCore.Tests.DevInbox;

public sealed class DevInboxApiTests : IAsyncLifetime
{
    private IntranetWebTestHost _app = null!;

    public async Task InitializeAsync() => _app = await DevInboxApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Lists_the_people_of_the_directory()
    {
        var people = await _app.Client.GetFromJsonAsync<JsonArray>("/dev/api/people");

        Assert.Equal(["u01", "u02", "u03"], people!.Select(p => (string?)p!["id"]).Order());
        Assert.Contains(people!, p => (string?)p!["displayName"] == "이주무관" && (string?)p!["department"] == "민원여권과");
    }

    [Fact]
    public async Task Lists_a_persons_cards_newest_first_with_id_plugin_card_and_time()
    {
        var messageId = await _app.DeliverComposeCardAsync();

        var inbox = await _app.Client.GetFromJsonAsync<JsonArray>("/dev/api/inbox?user=u02");

        var item = Assert.Single(inbox!)!;
        Assert.Equal(messageId, (string?)item["id"]);
        Assert.Equal("praise", (string?)item["plugin"]);
        Assert.Equal("칭찬 릴레이", (string?)item["pluginName"]);
        Assert.Equal("AdaptiveCard", (string?)item["card"]!["type"]);
        Assert.NotNull((string?)item["deliveredAt"]);
    }

    [Theory]
    [InlineData("/dev/api/inbox", HttpStatusCode.BadRequest)]
    [InlineData("/dev/api/inbox?user=nobody", HttpStatusCode.NotFound)]
    public async Task The_inbox_of_no_one_is_a_clear_4xx(string url, HttpStatusCode expected)
    {
        var response = await _app.Client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.error", (string?)body!["type"]);
    }

    [Fact]
    public async Task An_action_answers_with_the_invoke_response_and_replaces_the_stored_card()
    {
        var messageId = await _app.DeliverComposeCardAsync();

        var response = await PostAsync(new JsonObject
        {
            ["user"] = "u02",
            ["messageId"] = messageId,
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "praise.compose", ["data"] = new JsonObject() },
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var inbox = await _app.Client.GetFromJsonAsync<JsonArray>("/dev/api/inbox?user=u02");
        Assert.Equal(body["value"]!.ToJsonString(), inbox![0]!["card"]!.ToJsonString());
    }

    public static TheoryData<string, string, HttpStatusCode, string> MalformedRequests() => new()
    {
        { "bad JSON", "{ \"user\": \"u02\", ", HttpStatusCode.BadRequest, "InvalidJson" },
        { "not an object", "[1,2,3]", HttpStatusCode.BadRequest, "InvalidJson" },
        { "missing user", """{"messageId":"m","action":{"verb":"praise.compose"}}""", HttpStatusCode.BadRequest, "MissingUser" },
        { "missing verb", """{"user":"u02","action":{}}""", HttpStatusCode.BadRequest, "MissingVerb" },
        { "data not an object", """{"user":"u02","action":{"verb":"praise.compose","data":"x"}}""", HttpStatusCode.BadRequest, "InvalidData" },
        { "unknown verb", """{"user":"u02","action":{"verb":"praise.destroy"}}""", HttpStatusCode.BadRequest, "UnknownVerb" },
        { "unknown user", """{"user":"u99","action":{"verb":"praise.compose"}}""", HttpStatusCode.NotFound, "UnknownUser" },
        { "unknown message", """{"user":"u02","messageId":"nope","action":{"verb":"praise.compose"}}""", HttpStatusCode.NotFound, "UnknownMessage" },
        { "1 MB body", "{\"user\":\"u02\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge, "TooLarge" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task A_malformed_action_gets_a_clear_4xx_and_changes_nothing_stored(string why, string body, HttpStatusCode expected, string code)
    {
        await _app.DeliverComposeCardAsync();
        var before = await _app.SnapshotAsync();

        var response = await PostAsync(body);

        Assert.True(expected == response.StatusCode, $"{why}: {response.StatusCode}");
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.error", (string?)answer!["type"]);
        Assert.Equal(code, (string?)answer["value"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)answer["value"]!["message"]));
        Assert.Equal(before, await _app.SnapshotAsync());
    }

    [Fact]
    public async Task Errors_speak_the_callers_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dev/api/actions") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var answer = await (await _app.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("The request body is not valid JSON.", (string?)answer!["value"]!["message"]);
    }

    [Fact]
    public async Task Serves_the_page_and_the_official_renderer_from_the_app()
    {
        var page = await _app.Client.GetStringAsync("/dev/inbox");
        var renderer = await _app.Client.GetAsync("/dev/inbox/adaptivecards.min.js");

        Assert.Contains("/dev/inbox/adaptivecards.min.js", page);
        Assert.DoesNotContain("://unpkg", page);
        Assert.Equal("text/javascript", renderer.Content.Headers.ContentType!.MediaType);
        Assert.Contains("AdaptiveCards", await renderer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/dev/inbox/secrets.txt")).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _app.Client.PostAsync("/dev/api/actions", new StringContent(json, Encoding.UTF8, "application/json"));
}
