using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Testing.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Submitting, editing and withdrawing ideas from cards.</summary>
public sealed class SubmissionTests
{
    private const string Hostile = "**굵게** _기울임_ # 제목 <script>alert(\"x\")</script> <b>html</b> [link](http://evil.invalid) 'single' \"double\" {{DATE(2026-01-01T00:00:00Z)}} \\ `code`";

    [Fact]
    public async Task An_idea_is_stored_once_however_often_the_form_is_sent_and_reviewers_get_one_review_card()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => host.SubmitAsync("kim", "어르신 천천히 창구")));
        await host.DeliverAsync();

        Assert.All(results, r => Assert.Contains("제안이 접수되었습니다", r.Card().Text()));
        var info = await host.Get<IIdeaBoard>().GetCampaignAsync("kindness");
        Assert.Equal(1, info!.Ideas);
        var review = Assert.Single(await host.InboxAsync("lead"), i => i.MessageId.EndsWith("-review", StringComparison.Ordinal));
        Assert.Contains("심사 요청", review.Card.Text());
        Assert.Contains("어르신 천천히 창구", review.Card.Text());
        Assert.Contains("김하늘", review.Card.Text()); // reviewers know the author
        Assert.DoesNotContain(await host.InboxAsync("lee"), i => i.MessageId.EndsWith("-review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submitting_before_the_window_opens_says_when_it_opens_in_the_organisations_time_and_stores_nothing()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest() with { OpensAt = IdeaBoardFixture.Monday9.AddDays(1) });

        var korean = (await host.SubmitAsync("kim", "너무 이른 제안")).Error();
        var english = (await host.SubmitAsync("emma", "Too early")).Error();

        Assert.Equal("NotOpenYet", korean.Code);
        Assert.Equal("아직 접수 기간이 아닙니다. 2026. 3. 3.(화) 09:00 (UTC+09:00)부터 참여할 수 있습니다.", korean.Message);
        Assert.Equal("This campaign is not open yet. You can take part from Tue, Mar 3, 2026, 09:00 (UTC+09:00).", english.Message);
        Assert.Equal(0, (await host.Get<IIdeaBoard>().GetCampaignAsync("kindness"))!.Ideas);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero)); // 09:00 in Seoul
        Assert.IsType<CardResult>(await host.SubmitAsync("kim", "제때 낸 제안"));
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_get_a_clear_length_error_in_the_authors_language_and_store_nothing()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var huge = string.Concat(Enumerable.Repeat(Hostile, 10 * 1024 / Hostile.Length + 1));

        var title = (await host.SubmitAsync("kim", huge)).Error();
        var body = (await host.SubmitAsync("emma", "Fine title", huge)).Error();
        var comment = await host.SubmitIdeaAsync("lee", "짧은 제안");
        var commentError = (await host.CommentAsync("kim", comment, huge)).Error();

        Assert.Equal("TitleTooLong", title.Code);
        Assert.Equal($"제목이 너무 깁니다. 100자 이내로 줄여 주세요(지금 {huge.Length}자).", title.Message);
        Assert.Equal("BodyTooLong", body.Code);
        Assert.Equal($"The description is too long: at most 2000 characters, yours has {huge.Length}.", body.Message);
        Assert.Equal("CommentTooLong", commentError.Code);
        Assert.Equal(1, (await host.Get<IIdeaBoard>().GetCampaignAsync("kindness"))!.Ideas);
    }

    [Fact]
    public async Task Hostile_markdown_html_and_quotes_are_shown_verbatim_and_every_resulting_card_validates()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var hostileTitle = Hostile[..100];

        var submitted = (await host.SubmitAsync("kim", hostileTitle, Hostile + "\n둘째 줄")).Card();
        var ideaId = (string)submitted.DataOf("ideaboard.idea")["ideaId"]!;
        await host.CommentAsync("lee", ideaId, Hostile);
        var idea = (await host.ViewAsync("emma", ideaId)).Card();
        var review = (await host.ActAsync("head", "ideaboard.review", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId })).Card();
        var browse = (await host.ActAsync("ben", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness" })).Card();
        await host.DecideAsync("head", ideaId, "adopt", Hostile);
        await host.DeliverAsync();
        var decision = (await host.InboxAsync("kim")).Single(i => i.MessageId.Contains("-decision-", StringComparison.Ordinal)).Card;

        // Typed text only ever sits in TextRuns (never Markdown), exactly as typed.
        var runs = TextRuns(idea);
        Assert.Contains(hostileTitle, runs);
        Assert.Contains(Hostile + "\n둘째 줄", runs);
        Assert.Contains(Hostile, runs);
        Assert.DoesNotContain(TextBlocks(idea), t => t.Contains("<script>", StringComparison.Ordinal) || t.Contains("**굵게**", StringComparison.Ordinal));
        Assert.Contains(Hostile, TextRuns(CardJson.Parse(decision.ToJsonString())));

        await new AdaptiveCardValidator().AssertAllValidAsync(new Dictionary<string, string>
        {
            ["submitted"] = submitted.ToJson(),
            ["idea"] = idea.ToJson(),
            ["review"] = review.ToJson(),
            ["browse"] = browse.ToJson(),
            ["decision"] = decision.ToJsonString(),
        });
    }

    [Fact]
    public async Task Similar_existing_ideas_are_shown_when_checking_and_after_submitting()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var existing = await host.SubmitIdeaAsync("kim", "어르신 전용 민원 창구 운영", "어르신이 민원 서류를 천천히 작성하실 수 있도록 전용 창구를 운영합니다.");
        await host.SubmitIdeaAsync("lee", "청사 주차장 안내 표지판 정비", "주차장 입구 표지판을 크게 바꿉니다.", draft: "d2");

        var check = (await host.ActAsync("emma", "ideaboard.similar", new JsonObject
        {
            ["campaignId"] = "kindness",
            ["draftId"] = "x1",
            ["title"] = "어르신 민원창구 따로 운영하기",
            ["body"] = "어르신 민원 서류 작성을 돕는 창구",
        })).Card();
        var submitted = (await host.SubmitAsync("emma", "어르신 민원창구 따로 운영하기", "어르신 민원 서류 작성을 돕는 창구", draft: "x1")).Card();

        Assert.Contains("어르신 전용 민원 창구 운영", check.Text());
        Assert.DoesNotContain("청사 주차장 안내 표지판 정비", check.Text());
        Assert.Equal("어르신 민원창구 따로 운영하기", check.ToJsonObject()["body"]!.AsArray().OfType<JsonObject>()
            .Where(e => (string?)e["type"] == "Container").SelectMany(c => c["items"]!.AsArray().OfType<JsonObject>())
            .Single(i => (string?)i["id"] == "title")["value"]!.GetValue<string>());
        Assert.Contains("Similar ideas already on the board", submitted.Text());
        Assert.Contains(existing, submitted.DataOfAll("ideaboard.idea").Select(d => (string?)d["ideaId"]));
    }

    [Fact]
    public async Task The_author_edits_and_withdraws_until_review_starts_and_not_after()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "처음 제목");
        var data = new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId };

        var form = (await host.ActAsync("kim", "ideaboard.edit", data.DeepClone().AsObject())).Card();
        var notMine = (await host.ActAsync("lee", "ideaboard.edit", data.DeepClone().AsObject())).Error();
        var saved = (await host.ActAsync("kim", "ideaboard.save", new JsonObject
        {
            ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["title"] = "고친 제목", ["body"] = "고친 내용", ["category"] = "디지털 서비스",
        })).Card();

        Assert.Contains("처음 제목", form.Text());
        Assert.Equal("NotYourIdea", notMine.Code);
        Assert.Contains("고친 제목", saved.Text());
        Assert.Contains("디지털 서비스", saved.Text());

        await host.ActAsync("head", "ideaboard.score", new JsonObject
        {
            ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["impact"] = "4", ["feasibility"] = "3", ["cost"] = "5",
        });
        var tooLate = (await host.ActAsync("kim", "ideaboard.withdraw", data.DeepClone().AsObject())).Error();
        var editLate = (await host.ActAsync("kim", "ideaboard.save", new JsonObject
        {
            ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["title"] = "또 고침", ["body"] = "x", ["category"] = "민원 응대",
        })).Error();

        Assert.Equal("ReviewStarted", tooLate.Code);
        Assert.Equal("ReviewStarted", editLate.Code);
        Assert.Contains("고친 제목", (await host.ViewAsync("lee", ideaId)).Card().Text());
    }

    [Fact]
    public async Task A_withdrawn_idea_leaves_the_board_for_everyone_but_its_author()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "철회할 제안");

        var withdrawn = (await host.ActAsync("kim", "ideaboard.withdraw", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId })).Card();

        Assert.Contains("제안을 철회했습니다", withdrawn.Text());
        Assert.Equal("IdeaNotFound", (await host.ViewAsync("lee", ideaId)).Error().Code);
        Assert.Contains("작성자가 철회한 제안입니다.", (await host.ViewAsync("kim", ideaId)).Card().Text());
        Assert.DoesNotContain("철회할 제안", (await host.ActAsync("lee", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness" })).Card().Text());
        Assert.Equal(0, (await host.Get<IIdeaBoard>().GetCampaignAsync("kindness"))!.Ideas);
    }

    [Theory]
    [InlineData("", "설명", "민원 응대", "MissingTitle")]
    [InlineData("제목", "   ", "민원 응대", "MissingBody")]
    [InlineData("제목", "설명", null, "MissingCategory")]
    [InlineData("제목", "설명", "없는 분야", "UnknownCategory")]
    public async Task Missing_or_invalid_fields_are_refused(string title, string body, string? category, string code)
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();

        Assert.Equal(code, (await host.SubmitAsync("kim", title, body, category: category)).Error().Code);
        Assert.Equal(0, (await host.Get<IIdeaBoard>().GetCampaignAsync("kindness"))!.Ideas);
    }

    [Theory]
    [InlineData("", "이유", "3", "MissingCurrentPractice")]
    [InlineData("현재", "", "3", "MissingWhyUnnecessary")]
    [InlineData("현재", "이유", "-1", "InvalidHours")]
    [InlineData("현재", "이유", "1001", "InvalidHours")]
    [InlineData("현재", "이유", "NaN", "InvalidHours")]
    [InlineData("현재", "이유", "", "InvalidHours")]
    public async Task Unnecessary_work_needs_the_current_practice_the_reason_and_the_hours_saved(string practice, string why, string hours, string code)
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest("work", kind: CampaignKind.UnnecessaryWork));

        var result = await host.ActAsync("kim", "ideaboard.submit", new JsonObject
        {
            ["campaignId"] = "work", ["draftId"] = "d1", ["title"] = "주간보고 취합", ["currentPractice"] = practice, ["whyUnnecessary"] = why, ["hoursSaved"] = hours,
        });

        Assert.Equal(code, result.Error().Code);
    }

    [Fact]
    public async Task An_unnecessary_work_item_shows_practice_reason_and_hours()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest("work", kind: CampaignKind.UnnecessaryWork));

        var card = (await host.ActAsync("emma", "ideaboard.submit", new JsonObject
        {
            ["campaignId"] = "work", ["draftId"] = "d1", ["title"] = "Paper trip reports", ["currentPractice"] = "Printed and signed",
            ["whyUnnecessary"] = "Already in e-approval", ["hoursSaved"] = "6.5",
        })).Card();
        var idea = (await host.ViewAsync("lee", (string)card.DataOf("ideaboard.idea")["ideaId"]!, "work")).Card();

        Assert.Contains("Printed and signed", idea.Text());
        Assert.Contains("Already in e-approval", idea.Text());
        Assert.Contains("월 6.5시간", idea.Text());
    }

    private static List<string> TextRuns(AdaptiveCard card) => [.. Walk(card.Body).OfType<RichTextBlock>().SelectMany(r => r.Inlines).Select(i => i.Text)];

    private static List<string> TextBlocks(AdaptiveCard card) => [.. Walk(card.Body).OfType<TextBlock>().Select(t => t.Text)];

    private static IEnumerable<CardElement> Walk(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        Container c => [e, .. Walk(c.Items)],
        ColumnSet s => [e, .. Walk(s.Columns.SelectMany(col => col.Items))],
        _ => new[] { e },
    });
}
