using System.Net;

namespace Intranet.Extensions.AspNetCore.Tests.DevInbox;

public sealed class DevInboxAccessTests
{
    [Fact]
    public async Task Is_off_outside_development_by_default()
    {
        await using var app = await DevInboxApp.StartAsync(environment: "Production");

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/dev/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/dev/api/people")).StatusCode);
    }

    [Fact]
    public async Task Can_be_turned_on_outside_development_by_option()
    {
        await using var app = await DevInboxApp.StartAsync(environment: "Production", enabled: true);

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/dev/api/people")).StatusCode);
    }

    [Fact]
    public async Task Refuses_callers_that_are_not_on_this_machine()
    {
        await using var app = await DevInboxApp.StartAsync(remoteAddress: IPAddress.Parse("203.0.113.7"));

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.GetAsync("/dev/api/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.GetAsync("/dev/inbox")).StatusCode);
    }

    [Fact]
    public async Task Answers_loopback_callers()
    {
        await using var app = await DevInboxApp.StartAsync(remoteAddress: IPAddress.IPv6Loopback);

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/dev/api/people")).StatusCode);
    }
}
