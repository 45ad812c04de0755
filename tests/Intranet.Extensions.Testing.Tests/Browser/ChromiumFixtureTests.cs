using Intranet.Extensions.Testing.Browser;
using Microsoft.Playwright;

namespace Intranet.Extensions.Testing.Tests.Browser;

public sealed class ChromiumFixtureTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Clicking_the_button_round_trips_through_the_emulator()
    {
        await using var emulator = new ClickPageEmulator();
        await emulator.StartAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(emulator.BaseAddress.ToString());
        await page.ClickAsync("#go");

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("clicked 1 time(s) on the server");
        Assert.Contains(emulator.Requests, r => r.Method == "GET" && r.PathAndQuery == "/");
        var click = Assert.Single(emulator.Requests, r => r.PathAndQuery == "/api/clicks");
        Assert.Equal("POST", click.Method);
        Assert.Equal("""{"button":"go"}""", click.Body);
        Assert.Contains("Chrome", click.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Pages_do_not_share_storage()
    {
        await using var emulator = new ClickPageEmulator();
        await emulator.StartAsync();
        var first = await chromium.NewPageAsync();
        var second = await chromium.NewPageAsync();
        await first.GotoAsync(emulator.BaseAddress.ToString());
        await second.GotoAsync(emulator.BaseAddress.ToString());

        await first.EvaluateAsync("() => localStorage.setItem('who', 'first')");

        Assert.Null(await second.EvaluateAsync<string?>("() => localStorage.getItem('who')"));
    }
}
