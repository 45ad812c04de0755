using Intranet.Extensions.AspNetCore.Bot;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>The client-side limiter that keeps each tenant under the Bot Connector's 50 requests per second.</summary>
public sealed class TenantRateLimiterTests
{
    [Fact]
    public async Task Fifty_requests_pass_then_the_next_waits_until_the_oldest_is_a_second_old_and_tenants_are_separate()
    {
        var time = new FakeTimeProvider();
        var limiter = new TenantRateLimiter(Options.Create(new BotOptions { RequestsPerSecondPerTenant = 50 }), time);
        for (var i = 0; i < 50; i++)
        {
            await limiter.WaitAsync("tenant-a", default);
        }

        var fiftyFirst = limiter.WaitAsync("tenant-a", default);
        await limiter.WaitAsync("tenant-b", default); // another tenant has its own budget

        Assert.False(fiftyFirst.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.False(fiftyFirst.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(200));
        await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
