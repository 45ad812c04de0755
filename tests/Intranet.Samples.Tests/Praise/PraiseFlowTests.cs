using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Samples.PraisePlugin;

namespace Intranet.Samples.Tests.Praise;

/// <summary>The praise plugin end to end on the real runtime: router, file store, outbox, dev inbox.</summary>
public sealed class PraiseFlowTests : IAsyncLifetime
{
    private static readonly StaffMember[] People =
    [
        new() { Id = "head", DisplayName = "박과장", Department = "민원여권과", PreferredLanguage = "ko-KR" },
        new() { Id = "giver", DisplayName = "김하늘", Department = "민원여권과", PreferredLanguage = "ko-KR", ManagerId = "head" },
        new() { Id = "taker", DisplayName = "Emma Lee", Department = "민원여권과", PreferredLanguage = "en-US", ManagerId = "head" },
    ];

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IntranetTestHost.StartAsync(People, b => b.AddPraise());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<CardActionResult> SendAsync(string from, string to, string message, string draft = "d1") =>
        _host.ActAsync(from, "praise.send", new JsonObject { ["draftId"] = draft, ["to"] = to, ["message"] = message });

    private static string AllText(AdaptiveCard card) => card.ToJson();

    [Fact]
    public async Task The_colleague_and_their_department_head_receive_it_each_in_their_language()
    {
        var result = await SendAsync("giver", "taker", "고맙습니다!");
        await _host.DeliverAsync();

        Assert.Contains("Emma Lee", AllText(Assert.IsType<CardResult>(result).Card));
        var received = Assert.Single(await _host.InboxAsync("taker"));
        Assert.Contains("You received praise", received.Card.ToJsonString(CardJson.Options));
        Assert.Contains("고맙습니다!", received.Card.ToJsonString(CardJson.Options));
        var notice = Assert.Single(await _host.InboxAsync("head"));
        Assert.Contains("칭찬을 받았습니다", notice.Card.ToJsonString(CardJson.Options));
        Assert.Empty(await _host.InboxAsync("giver"));
    }

    [Fact]
    public async Task Thanking_back_changes_the_card_and_tells_the_sender_once()
    {
        await SendAsync("giver", "taker", "great job");
        await _host.DeliverAsync();
        var praiseId = "giver-d1";

        var first = Assert.IsType<CardResult>(await _host.ActAsync("taker", "praise.thank", new JsonObject { ["praiseId"] = praiseId }));
        await _host.ActAsync("taker", "praise.thank", new JsonObject { ["praiseId"] = praiseId });
        await _host.DeliverAsync();

        Assert.DoesNotContain(first.Card.Actions, a => a is ExecuteAction { Verb: "praise.thank" });
        Assert.Contains("You said thank you", AllText(first.Card));
        var thanked = Assert.Single(await _host.InboxAsync("giver"));
        Assert.Contains("고마워합니다", thanked.Card.ToJsonString(CardJson.Options));
    }

    [Fact]
    public async Task Only_the_colleague_may_thank()
    {
        await SendAsync("giver", "taker", "great job");

        var error = Assert.IsType<ErrorResult>(await _host.ActAsync("head", "praise.thank", new JsonObject { ["praiseId"] = "giver-d1" }));

        Assert.Equal("NotYourPraise", error.Code);
        Assert.Equal("받은 사람만 감사 인사를 보낼 수 있습니다.", error.Message);
    }

    [Fact]
    public async Task The_refresh_shows_the_colleague_the_current_state()
    {
        await SendAsync("giver", "taker", "great job");
        await _host.DeliverAsync();
        var card = (await _host.InboxAsync("taker")).Single().Card;
        Assert.Equal(["taker"], card["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));
        await _host.ActAsync("taker", "praise.thank", new JsonObject { ["praiseId"] = "giver-d1" });

        var refreshed = Assert.IsType<CardResult>(await _host.ActAsync(
            "taker", (string)card["refresh"]!["action"]!["verb"]!, card["refresh"]!["action"]!["data"]!.AsObject().DeepClone().AsObject()));

        Assert.Contains("You said thank you", AllText(refreshed.Card));
    }

    [Theory]
    [InlineData("giver", "giver", "hi", "SelfPraise")]
    [InlineData("giver", "nobody", "hi", "UnknownColleague")]
    [InlineData("giver", "", "hi", "MissingColleague")]
    [InlineData("giver", "taker", "   ", "MissingMessage")]
    public async Task Bad_input_is_refused_and_sends_nothing(string from, string to, string message, string code)
    {
        var error = Assert.IsType<ErrorResult>(await SendAsync(from, to, message));
        await _host.DeliverAsync();

        Assert.Equal(code, error.Code);
        Assert.Empty(await _host.InboxAsync("taker"));
        Assert.Empty(await _host.InboxAsync("head"));
    }

    [Fact]
    public async Task Hostile_text_is_refused_when_too_long_and_shown_verbatim_otherwise()
    {
        var tooLong = Assert.IsType<ErrorResult>(await SendAsync("giver", "taker", new string('가', 10 * 1024)));
        var hostile = "**굵게** <script>alert(\"x\")</script> [link](http://x) 'quotes' \"double\"";
        await SendAsync("giver", "taker", hostile, draft: "d2");
        await _host.DeliverAsync();

        Assert.Equal("MessageTooLong", tooLong.Code);
        var card = CardJson.Parse((await _host.InboxAsync("taker")).Single().Card.ToJsonString(CardJson.Options));
        var run = card.Body.OfType<RichTextBlock>().Single().Inlines.Single();
        Assert.Equal(hostile, run.Text);
        await new Intranet.Extensions.Testing.Cards.AdaptiveCardValidator().AssertValidAsync("hostile", card.ToJson());
    }

    [Fact]
    public async Task Clicking_send_twice_on_one_form_sends_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync("giver", "taker", "once")));
        await _host.DeliverAsync();

        Assert.Single(await _host.InboxAsync("taker"));
        Assert.Single(await _host.InboxAsync("head"));
    }

    [Fact]
    public async Task Every_praise_card_validates_with_the_official_renderer_in_both_languages()
    {
        var checkedCards = await _host.AssertGalleryValidAsync("praise");

        Assert.Equal(12, checkedCards.Count);
        Assert.Contains("praise.received.ko-KR.json", checkedCards);
        Assert.Contains("praise.received.en-US.json", checkedCards);
    }

    [Fact]
    public void Every_text_exists_in_both_languages()
    {
        var texts = PraisePlugin.PraisePlugin.Descriptor.Texts;

        Assert.Equal(
            texts.Keys(Intranet.Extensions.Localization.IntranetCultures.Korean).Order(),
            texts.Keys(Intranet.Extensions.Localization.IntranetCultures.English).Order());
    }
}
