using System.Net;
using System.Text.Json.Nodes;
using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>The proactive <c>teams</c> channel against the Bot Connector emulator, driven by the real outbox.</summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await BotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Opens_the_1to1_chat_sends_the_card_as_an_attachment_with_the_bots_token_and_records_the_activity()
    {
        var status = await SendAsync("hello", Audience.Users(BotApp.Kim));

        var recipient = Assert.Single(status.Recipients);
        Assert.Equal(DeliveryState.Sent, recipient.State);
        var created = Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Created);
        Assert.Equal("28:" + BotApp.AppId, (string?)created.Body!["bot"]!["id"]);
        Assert.Equal(BotApp.Kim, (string?)created.Body["members"]![0]!["aadObjectId"]);
        Assert.Equal(BotApp.TenantId, (string?)created.Body["channelData"]!["tenant"]!["id"]);
        var posted = Assert.Single(_app.Connector.Posted);
        Assert.Equal("a:" + BotApp.Kim, posted.ConversationId);
        Assert.Equal(recipient.ExternalId, posted.ActivityId);
        var attachment = posted.Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("hello", (string?)attachment["content"]!["body"]![0]!["text"]);

        // The bot's token came from the Entra token endpoint by client credentials, for the Bot Connector scope.
        Assert.Contains(BotApp.AppId, _app.Issuer.TokenRequests);
        var tokenRequest = _app.Issuer.Requests.First(r => r.PathAndQuery.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body, StringComparison.Ordinal);
        Assert.StartsWith($"/{BotApp.TenantId}/", tokenRequest.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_install_stores_the_conversation_which_proactive_delivery_then_uses_and_a_removal_drops_it()
    {
        var install = _app.Activity("conversationUpdate", BotApp.Emma, a =>
        {
            a["conversation"]!["id"] = "a:installed-chat-of-emma";
            a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + BotApp.AppId });
        });
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(install, _app.Token())).StatusCode);

        await SendAsync("after install", Audience.Users(BotApp.Emma));

        Assert.DoesNotContain(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Created);
        Assert.Equal("a:installed-chat-of-emma", Assert.Single(_app.Connector.Posted).ConversationId);

        var removal = _app.Activity("installationUpdate", BotApp.Emma, a => a["action"] = "remove");
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(removal, _app.Token())).StatusCode);
        Assert.Null(await _app.Services.GetRequiredService<ConversationStore>().FindAsync(BotApp.Emma, default));
    }

    [Fact]
    public async Task The_same_delivery_again_sends_nothing_new_and_a_changed_card_updates_the_activity_in_place()
    {
        var channel = _app.Services.GetServices<IDeliveryChannel>().Single(c => c.Name == BotOptions.ChannelName);
        var kim = BotApp.People[0];
        var first = new DeliveryRequest("m1.kim", "m1", "recorder", kim, Card("open: 3 seats"));

        var sent = Assert.IsType<DeliverySent>(await channel.SendAsync(first));
        var again = Assert.IsType<DeliverySent>(await channel.SendAsync(first));
        var changed = Assert.IsType<DeliverySent>(await channel.SendAsync(first with { Card = Card("full: 0 seats") }));

        Assert.Equal(sent.ExternalId, again.ExternalId);
        Assert.Equal(sent.ExternalId, changed.ExternalId);
        Assert.Single(_app.Connector.Posted);
        var update = Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Updated);
        Assert.Equal(sent.ExternalId, update.ActivityId);
        Assert.Equal("full: 0 seats", (string?)update.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task The_card_updater_replaces_a_delivered_card_in_place_when_its_state_changes()
    {
        await SendAsync("3 seats left", Audience.Users(BotApp.Kim), "hopeday-open");
        var posted = Assert.Single(_app.Connector.Posted);
        var updater = _app.Services.GetRequiredService<TeamsCardUpdater>();

        var updated = await updater.UpdateAsync("hopeday-open", BotApp.Kim, Card("full"));
        var unchanged = await updater.UpdateAsync("hopeday-open", BotApp.Kim, Card("full"));
        var unknown = await updater.UpdateAsync("hopeday-open", BotApp.Emma, Card("full"));

        Assert.Equal(posted.ActivityId, Assert.IsType<DeliverySent>(updated).ExternalId);
        Assert.IsType<DeliverySent>(unchanged);
        Assert.IsType<DeliveryFailed>(unknown);
        var update = Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Updated);
        Assert.Equal(posted.ConversationId, update.ConversationId);
        Assert.Equal("full", (string?)update.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_recorded_blocked_without_a_retry()
    {
        _app.Connector.BlockedUsers[BotApp.Kim] = 0;

        var status = await SendAsync("blocked", Audience.Users(BotApp.Kim));

        var recipient = Assert.Single(status.Recipients);
        Assert.Equal(DeliveryState.Blocked, recipient.State);
        Assert.Equal(1, recipient.Attempts);
        Assert.Contains("MessageWritesBlocked", recipient.LastError, StringComparison.Ordinal);
        Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Blocked);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_the_card_arrives_once()
    {
        _app.Connector.ThrottleFirstPostTo = c => c == "a:" + BotApp.Kim;

        var status = await SendAsync("throttled", Audience.Users(BotApp.Kim));

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State);
        var throttled = Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Throttled);
        var posted = Assert.Single(_app.Connector.Posted);
        Assert.True(posted.At - throttled.At >= TimeSpan.FromSeconds(_app.Connector.ThrottleRetryAfterSeconds) - TimeSpan.FromMilliseconds(20),
            $"retried {(posted.At - throttled.At).TotalMilliseconds} ms after a Retry-After of {_app.Connector.ThrottleRetryAfterSeconds} s");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_412_or_5xx_is_retried_and_the_card_arrives_once(int failure)
    {
        _app.Connector.FailFirstPostTo = c => c == "a:" + BotApp.Emma ? failure : null;

        var status = await SendAsync("retry " + failure, Audience.Users(BotApp.Emma));

        Assert.Equal(DeliveryState.Sent, Assert.Single(status.Recipients).State);
        Assert.Single(_app.Connector.Events, e => e.Kind == ConnectorEventKind.Failed);
        Assert.Single(_app.Connector.Posted);
    }

    [Fact]
    public async Task A_plain_message_is_answered_with_a_help_card_listing_the_plugins_in_the_persons_language()
    {
        var message = _app.Activity("message", BotApp.Emma, a => a["text"] = "hi");

        var response = await _app.PostAsync(message, _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_app.Connector.Posted);
        Assert.Equal((string?)message["id"], reply.ReplyToId);
        var card = reply.Body!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Intranet assistant", card, StringComparison.Ordinal);
        Assert.Contains("Recorder", card, StringComparison.Ordinal);
        Assert.Contains("Records the actions pressed", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_on_a_delivered_card_names_its_outbox_message()
    {
        await SendAsync("click me", Audience.Users(BotApp.Kim), "msg-click");
        var posted = Assert.Single(_app.Connector.Posted);

        var response = await _app.PostAsync(_app.Invoke(BotApp.Kim, "recorder.press", replyToId: posted.ActivityId), _app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("msg-click", Assert.Single(_app.Presses.Calls).MessageId);
    }

    private async Task<OutboxStatus> SendAsync(string text, Audience audience, string? id = null)
    {
        var outbox = _app.Services.GetRequiredService<IOutbox>();
        var receipt = await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id,
            PluginId = "recorder",
            CardName = "test",
            Audience = audience,
            Card = _ => Card(text),
            Channel = BotOptions.ChannelName,
        });
        var processor = _app.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessDueAsync() > 0)
        {
        }

        return (await outbox.GetStatusAsync(receipt.MessageId))!;
    }

    private static AdaptiveCard Card(string text) => new()
    {
        Body = [new TextBlock(text)],
        Actions = [new ExecuteAction("recorder.press", "press")],
    };
}
