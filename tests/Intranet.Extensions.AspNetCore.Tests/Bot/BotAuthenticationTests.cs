using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>
/// The Bot Framework JWT checks of <c>/api/messages</c> (DESIGN section 3): a good token runs the handler; every
/// bad one is refused with 401 or 403 and runs nothing (the handler never sees it, the store is unchanged).
/// </summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await BotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_signed_Teams_invoke_reaches_the_handler_and_returns_the_updated_card_in_the_invoke_response_shape()
    {
        var response = await _app.PostAsync(_app.Invoke(BotApp.Kim, "recorder.press", new JsonObject { ["count"] = "1" }), _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Equal("pressed by 김과장 (1)", (string?)body["value"]!["body"]![0]!["text"]);
        var call = Assert.Single(_app.Presses.Calls);
        Assert.Equal(BotApp.Kim, call.Actor.Id);
        Assert.Equal("msteams", call.Channel);
        Assert.Contains($"recorder/{BotApp.Kim}", (await _app.SnapshotAsync()).Keys);

        // The host's Entra ID scheme left the Bot Framework token alone (it never read Entra's metadata).
        Assert.DoesNotContain(_app.Issuer.Requests, r => r.PathAndQuery.Contains("/v2.0/.well-known", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_Outlook_invoke_is_routed_with_the_outlook_channel()
    {
        var response = await _app.PostAsync(_app.Invoke(BotApp.Emma, "recorder.press", channelId: "outlook"), _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("outlook", Assert.Single(_app.Presses.Calls).Channel);
    }

    [Fact]
    public async Task A_refresh_invoke_reaches_the_handler_with_the_automatic_trigger()
    {
        var activity = _app.Invoke(BotApp.Emma, "recorder.press");
        activity["value"]!["trigger"] = "automatic";

        var response = await _app.PostAsync(activity, _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("automatic", Assert.Single(_app.Presses.Calls).Trigger);
    }

    [Fact]
    public async Task Someone_not_in_the_directory_gets_an_error_invoke_response_and_nothing_runs()
    {
        var response = await _app.PostAsync(_app.Invoke("99999999-0000-4000-8000-000000000999", "recorder.press"), _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("UnknownUser", (string?)body["value"]!["code"]);
        Assert.Empty(_app.Presses.Calls);
    }

    [Fact]
    public async Task A_key_rolled_in_after_the_keys_were_read_is_fetched_and_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(_app.Invoke(BotApp.Kim, "recorder.press"), _app.Token())).StatusCode);
        _app.Issuer.RollBotKeys();

        var response = await _app.PostAsync(_app.Invoke(BotApp.Kim, "recorder.press"), _app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, key: _app.Issuer.NextBotKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _app.Presses.Calls.Count);
        Assert.True(_app.Issuer.Requests.Count(r => r.PathAndQuery == "/v1/.well-known/keys") >= 2, "the keys were read again after the roll");
    }

    [Fact]
    public Task No_token_is_401() => AssertRefusedAsync(null, HttpStatusCode.Unauthorized);

    [Fact]
    public Task A_token_signed_with_an_unpublished_key_is_401() =>
        AssertRefusedAsync(_app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, key: _app.Issuer.ForeignKey), HttpStatusCode.Unauthorized);

    [Fact]
    public Task A_tampered_token_is_401()
    {
        var token = _app.Token();
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace(BotApp.AppId, "someone-elses-bot", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        return AssertRefusedAsync(forged, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public Task An_expired_token_beyond_the_five_minute_skew_is_401() =>
        AssertRefusedAsync(
            _app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, issuedAt: DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-6), lifetime: TimeSpan.FromHours(1)),
            HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_accepted()
    {
        var token = _app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, issuedAt: DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-2), lifetime: TimeSpan.FromHours(1));

        var response = await _app.PostAsync(_app.Invoke(BotApp.Kim, "recorder.press"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_app.Presses.Calls);
    }

    [Fact]
    public Task A_token_for_another_bot_is_401() =>
        AssertRefusedAsync(_app.Issuer.CreateBotToken("another-bot-app-id", _app.ServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public Task A_token_from_another_issuer_is_401() =>
        AssertRefusedAsync(_app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, issuer: "https://sts.windows.net/not-the-bot-framework/"), HttpStatusCode.Unauthorized);

    [Fact]
    public Task A_serviceurl_claim_other_than_the_activitys_is_403() =>
        AssertRefusedAsync(_app.Issuer.CreateBotToken(BotApp.AppId, "https://smba.example.invalid/attacker/"), HttpStatusCode.Forbidden);

    [Fact]
    public Task A_key_that_does_not_endorse_the_channel_is_403() =>
        AssertRefusedAsync(_app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, key: _app.Issuer.WebChatOnlyKey), HttpStatusCode.Forbidden);

    [Fact]
    public async Task An_activity_of_another_tenant_is_403()
    {
        var activity = _app.Invoke(BotApp.Kim, "recorder.press");
        activity["channelData"]!["tenant"]!["id"] = "other-tenant";

        await AssertRefusedAsync(_app.Token(), HttpStatusCode.Forbidden, activity);
    }

    [Fact]
    public async Task A_refused_install_stores_no_conversation_reference()
    {
        var install = _app.Activity("conversationUpdate", BotApp.Kim, a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + BotApp.AppId }));
        var before = await _app.SnapshotAsync();

        var response = await _app.PostAsync(install, _app.Issuer.CreateBotToken(BotApp.AppId, _app.ServiceUrl, key: _app.Issuer.ForeignKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await _app.SnapshotAsync());
    }

    private async Task AssertRefusedAsync(string? token, HttpStatusCode expected, JsonObject? activity = null)
    {
        var before = await _app.SnapshotAsync();

        var response = await _app.PostAsync(activity ?? _app.Invoke(BotApp.Kim, "recorder.press", new JsonObject { ["count"] = "1" }), token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_app.Presses.Calls);
        Assert.Equal(before, await _app.SnapshotAsync());
        Assert.DoesNotContain(_app.Connector.Events, e => e.Kind == Intranet.Extensions.Testing.Emulators.ConnectorEventKind.Posted);
    }
}
