using Azure.Core;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Graph.Calendar;
using Intranet.Extensions.Graph.Documents;
using Intranet.Extensions.Graph.Teams;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>The package resolves from in-memory configuration, twice-added is once-added, and bad options stop the host.</summary>
public sealed class GraphRegistrationTests
{
    [Fact]
    public async Task Resolves_every_part_from_in_memory_configuration()
    {
        using var host = Build(new()
        {
            ["Intranet:Graph:TenantId"] = "tenant",
            ["Intranet:Graph:ClientId"] = "client",
            ["Intranet:Graph:ClientSecret"] = "secret",
            ["Intranet:Graph:MailSender"] = "noreply@contoso.example",
            ["Intranet:Graph:UseGraphDirectory"] = "false",
        });

        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        Assert.Equal("noreply@contoso.example", options.MailSender);
        Assert.Equal("https://graph.microsoft.com/v1.0", options.BaseUrl);
        var channels = host.Services.GetServices<IDeliveryChannel>().Select(c => c.Name).ToList();
        Assert.Contains("outlook", channels);
        Assert.Contains("activityfeed", channels);
        Assert.Single(channels, "outlook"); // AddMicrosoftGraph twice registers once
        Assert.NotNull(host.Services.GetRequiredService<TeamsChannelPosts>());
        Assert.NotNull(host.Services.GetRequiredService<GraphCalendar>());
        Assert.NotNull(host.Services.GetRequiredService<SharePointDocuments>());
        Assert.NotNull(host.Services.GetRequiredKeyedService<TokenCredential>(GraphServiceKeys.Credential));
        Assert.Equal("RosterDirectory", host.Services.GetRequiredService<IDirectory>().GetType().Name); // kept on request
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Intranet:Graph:TenantId", "")]
    [InlineData("Intranet:Graph:BaseUrl", "not a url")]
    [InlineData("Intranet:Graph:UploadSliceBytes", "400000")]
    [InlineData("Intranet:Graph:MailsPerMinute", "31")]
    public async Task Bad_options_fail_at_start(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intranet:Graph:TenantId"] = "tenant",
            ["Intranet:Graph:ClientId"] = "client",
            [key] = value,
        };
        using var host = Build(settings);

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        var data = Path.Combine(Path.GetTempPath(), "graph-reg-" + Guid.NewGuid().ToString("N"));
        builder.Services.AddLogging();
        builder.Services.AddIntranetExtensions(o =>
            {
                o.DataPath = data;
                o.Outbox.RunWorker = false;
                o.Scheduler.RunWorker = false;
            })
            .AddMicrosoftGraph(builder.Configuration.GetSection(GraphOptions.SectionName))
            .AddMicrosoftGraph(builder.Configuration.GetSection(GraphOptions.SectionName));
        return builder.Build();
    }
}
