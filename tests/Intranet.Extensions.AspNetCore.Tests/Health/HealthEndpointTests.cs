using System.Net;
using Intranet.Extensions.AspNetCore.Tests.DevInbox;

namespace Intranet.Extensions.AspNetCore.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Reports_healthy_while_the_state_store_answers()
    {
        await using var app = await DevInboxApp.StartAsync(environment: "Production");

        var response = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
