using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Extensions.Tests.Plugins.TestPlugin;

namespace Intranet.Extensions.Tests.Actions;

public sealed class CardActionRouterTests : IAsyncLifetime
{
    private static readonly StaffMember[] People =
    [
        new() { Id = "ko", DisplayName = "김한국", PreferredLanguage = "ko-KR" },
        new() { Id = "en", DisplayName = "Emma English", PreferredLanguage = "en-US" },
    ];

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IntranetTestHost.StartAsync(People, b => b.AddTestPlugin());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Routes_a_verb_to_its_handler_in_the_actors_language()
    {
        var ko = await _host.ActAsync("ko", "test.echo", new JsonObject { ["value"] = "5" });
        var en = await _host.ActAsync("en", "test.echo", new JsonObject { ["value"] = 5 });

        Assert.Equal("받은 값: 5", ((TextBlock)Assert.IsType<CardResult>(ko).Card.Body[0]).Text);
        Assert.Equal("Received: 5", ((TextBlock)Assert.IsType<CardResult>(en).Card.Body[0]).Text);
    }

    [Theory]
    [InlineData("ko", "더 이상 지원되지 않는 버튼입니다")]
    [InlineData("en", "This button is no longer supported")]
    public async Task An_unknown_verb_is_a_400_error_in_the_actors_language(string actor, string expected)
    {
        var error = Assert.IsType<ErrorResult>(await _host.ActAsync(actor, "test.nope"));

        Assert.Equal(CardActionErrors.UnknownVerb, error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public async Task Data_that_does_not_fit_is_a_400_invalid_data_error()
    {
        var error = Assert.IsType<ErrorResult>(await _host.ActAsync("en", "test.echo", new JsonObject { ["value"] = "not a number" }));

        Assert.Equal(CardActionErrors.InvalidData, error.Code);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task A_plugin_code_reads_the_plugins_own_text()
    {
        var error = Assert.IsType<ErrorResult>(await _host.ActAsync("ko", "test.echo", new JsonObject { ["value"] = -1 }));

        Assert.Equal("TooSmall", error.Code);
        Assert.Equal("값이 너무 작습니다.", error.Message);
    }

    [Fact]
    public async Task A_handler_exception_becomes_a_500_without_internal_details()
    {
        var error = Assert.IsType<ErrorResult>(await _host.ActAsync("en", "test.boom"));

        Assert.Equal(CardActionErrors.HandlerFailed, error.Code);
        Assert.Equal(500, error.StatusCode);
        Assert.DoesNotContain("secret", error.Message);
        Assert.DoesNotContain("Exception", error.Message);
    }

    [Fact]
    public void The_invoke_response_has_the_universal_actions_shape()
    {
        var card = InvokeResponse.From(CardActionResult.Update(new AdaptiveCard { Body = [new TextBlock("x")] }));
        var message = InvokeResponse.From(CardActionResult.Reply("done"));
        var error = InvokeResponse.From(CardActionResult.Error("Code", "msg", 400));

        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), (card.StatusCode, card.Type));
        Assert.Equal("AdaptiveCard", (string?)card.Value!["type"]);
        Assert.Equal((200, "application/vnd.microsoft.activity.message", "done"), (message.StatusCode, message.Type, (string?)message.Value));
        Assert.Equal((400, "application/vnd.microsoft.error"), (error.StatusCode, error.Type));
        Assert.Equal("Code", (string?)error.Value!["code"]);
        Assert.Equal("msg", (string?)error.Value!["message"]);
    }
}
