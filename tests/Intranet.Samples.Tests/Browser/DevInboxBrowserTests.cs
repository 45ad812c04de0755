using Intranet.Extensions.Testing.Browser;
using Intranet.Samples.Tests.Host;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intranet.Samples.Tests.Browser;

/// <summary>
/// A person in headless Chromium: opens the sample host's dev inbox, praises a colleague from the card, then
/// switches persona to the colleague, who sees the praise and thanks back.
/// </summary>
public sealed class DevInboxBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Sender = "u02";
    private const string Colleague = "u03";

    [Fact]
    public async Task A_person_praises_a_colleague_who_thanks_back_and_both_cards_update()
    {
        await using var host = await SampleHostProcess.StartAsync();
        using var inbox = new DevInboxClient(host.BaseAddress);
        await inbox.WaitForCardAsync(Sender, "praise.send");
        var message = $"브라우저 시험 칭찬 {Guid.NewGuid():N}";

        var page = await chromium.NewPageAsync();
        await page.GotoAsync($"{host.InboxUrl}?user={Sender}");
        var form = page.Locator("article[data-plugin=praise]", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "칭찬 보내기" }) });
        var compose = page.Locator($"article[data-message-id='{await form.GetAttributeAsync("data-message-id")}']");
        await compose.Locator("select").SelectOptionAsync(Sender);
        await compose.Locator("textarea").FillAsync(message);
        await compose.GetByRole(AriaRole.Button, new() { Name = "칭찬 보내기" }).ClickAsync();
        await Expect(compose.Locator(".status.error")).ToContainTextAsync("자기 자신은 칭찬할 수 없습니다");

        await compose.Locator("select").SelectOptionAsync(Colleague);
        await compose.Locator("textarea").FillAsync(message);
        await compose.GetByRole(AriaRole.Button, new() { Name = "칭찬 보내기" }).ClickAsync();
        await Expect(compose).ToContainTextAsync("님께 칭찬을 보냈습니다");

        var receivedId = (string)(await inbox.WaitForCardAsync(Colleague, message))["id"]!;
        await page.Locator("#persona").SelectOptionAsync(Colleague);
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-user", Colleague);
        var received = page.Locator($"article[data-message-id='{receivedId}']");
        await received.GetByRole(AriaRole.Button, new() { Name = "고마워요 보내기" }).ClickAsync();
        await Expect(received).ToContainTextAsync("감사 인사를 보냈습니다");
        await Expect(received.GetByRole(AriaRole.Button, new() { Name = "고마워요 보내기" })).ToHaveCountAsync(0);

        // The stored card changed too: a reload shows the thanked state.
        await page.ReloadAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-user", Colleague);
        await Expect(received).ToContainTextAsync("감사 인사를 보냈습니다");
    }
}
