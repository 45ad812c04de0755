using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>The bot resolves from in-memory configuration, adding it twice adds it once, and bad options stop the host.</summary>
public sealed class BotRegistrationTests
{
    [Fact]
    public async Task Resolves_from_in_memory_configuration_with_the_documented_defaults()
    {
        await using var app = Build(new()
        {
            ["Intranet:Bot:AppId"] = "bot-app",
            ["Intranet:Bot:TenantId"] = "tenant",
        });

        await app.StartAsync();
        var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.com"], options.EffectiveIssuers);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.Equal(50, options.RequestsPerSecondPerTenant);
        Assert.Single(app.Services.GetServices<IDeliveryChannel>(), c => c.Name == "teams");
        await app.StopAsync();
    }

    [Theory]
    [InlineData("Intranet:Bot:AppId", "")]
    [InlineData("Intranet:Bot:TenantId", "")]
    [InlineData("Intranet:Bot:OpenIdMetadataUrl", "http://login.example/v1/.well-known/openidconfiguration")]
    [InlineData("Intranet:Bot:RequestsPerSecondPerTenant", "51")]
    [InlineData("Intranet:Bot:MetadataRefreshInterval", "2.00:00:00")]
    public async Task Bad_options_fail_at_start(string key, string value)
    {
        await using var app = Build(new()
        {
            ["Intranet:Bot:AppId"] = "bot-app",
            ["Intranet:Bot:TenantId"] = "tenant",
            [key] = value,
        });

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddIntranetExtensions(o =>
            {
                o.DataPath = Path.Combine(Path.GetTempPath(), "bot-reg-" + Guid.NewGuid().ToString("N"));
                o.Outbox.RunWorker = false;
                o.Scheduler.RunWorker = false;
            })
            .AddTeamsBot(builder.Configuration.GetSection(BotOptions.SectionName))
            .AddTeamsBot(builder.Configuration.GetSection(BotOptions.SectionName));
        var app = builder.Build();
        app.MapTeamsBot();
        return app;
    }
}
