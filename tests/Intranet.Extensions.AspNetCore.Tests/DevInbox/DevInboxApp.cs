using System.Net;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Samples.PraisePlugin;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Tests.DevInbox;

/// <summary>The dev inbox over three people and the praise plugin, served in memory.</summary>
internal static class DevInboxApp
{
    public static readonly StaffMember[] People =
    [
        new() { Id = "u01", DisplayName = "김과장", Department = "민원여권과", PreferredLanguage = "ko-KR" },
        new() { Id = "u02", DisplayName = "이주무관", Department = "민원여권과", PreferredLanguage = "ko-KR", ManagerId = "u01" },
        new() { Id = "u03", DisplayName = "Emma Park", Department = "민원여권과", PreferredLanguage = "en-US", ManagerId = "u01" },
    ];

    public static Task<IntranetWebTestHost> StartAsync(string environment = "Development", bool? enabled = null, IPAddress? remoteAddress = null) =>
        IntranetWebTestHost.StartAsync(People, b => b.AddPraise(), environment, enabled, remoteAddress);

    /// <summary>Sends a small card to everyone and delivers it; returns the item id u02 got.</summary>
    public static async Task<string> DeliverComposeCardAsync(this IntranetWebTestHost app)
    {
        await app.Services.GetRequiredService<IOutbox>().EnqueueAsync(new OutboxMessage
        {
            Id = "compose",
            PluginId = "praise",
            CardName = "compose",
            Audience = Audience.All,
            Card = _ => new AdaptiveCard { Body = [new TextBlock("compose")], Actions = [new ExecuteAction("praise.compose", "go")] },
        });
        while (await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync() > 0)
        {
        }

        var inbox = await app.Services.GetRequiredService<DevInboxStore>().ListAsync("u02");
        return inbox.Single().Id;
    }
}
