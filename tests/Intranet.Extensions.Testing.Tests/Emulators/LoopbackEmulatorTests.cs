using System.Net;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Testing.Tests.Emulators;

public sealed class LoopbackEmulatorTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Requests_past_the_limit_get_429_with_Retry_After_until_the_window_ends()
    {
        await using var emulator = new RateLimitedEmulator(new RequestRateLimit(2, _time));
        await emulator.StartAsync();
        using var client = emulator.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("tenants/contoso/items")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("tenants/contoso/items")).StatusCode);
        var throttled = await client.GetAsync("tenants/contoso/items");
        var otherTenant = await client.GetAsync("tenants/fabrikam/items");
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = await client.GetAsync("tenants/contoso/items");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("TooManyRequests", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
        Assert.Equal("items of contoso", await afterWindow.Content.ReadAsStringAsync());
        Assert.Equal(5, emulator.Requests.Count);
    }

    [Fact]
    public void Retry_after_is_what_remains_of_the_window()
    {
        var limit = new RequestRateLimit(1, _time);
        Assert.True(limit.TryAcquire("app", out _));
        _time.Advance(TimeSpan.FromMilliseconds(300));

        Assert.False(limit.TryAcquire("app", out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(700), retryAfter);
    }

    [Fact]
    public async Task Every_request_is_recorded_with_headers_and_body()
    {
        await using var emulator = new RateLimitedEmulator(new RequestRateLimit(10, _time));
        await emulator.StartAsync();
        using var client = emulator.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "tenants/contoso/items?$top=5")
        {
            Content = new StringContent("hello"),
        };
        request.Headers.Add("client-request-id", "abc");

        await client.SendAsync(request);

        var recorded = Assert.Single(emulator.Requests);
        Assert.Equal("GET", recorded.Method);
        Assert.Equal("/tenants/contoso/items?$top=5", recorded.PathAndQuery);
        Assert.Equal("abc", recorded.Headers["Client-Request-Id"]);
        Assert.Equal("hello", recorded.Body);
        Assert.StartsWith("http://127.0.0.1:", emulator.BaseAddress.ToString());
    }
}
