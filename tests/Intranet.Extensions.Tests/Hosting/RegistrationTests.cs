using Intranet.Extensions.Actions;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Tests.Hosting;

public sealed class RegistrationTests
{
    private static IConfigurationSection Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"Intranet:{v.Key}", v.Value)))
            .Build()
            .GetSection(IntranetOptions.SectionName);

    [Fact]
    public void Resolves_every_part_from_in_memory_configuration()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions(Section(("DataPath", "/tmp/x"), ("DefaultLanguage", "en-US"), ("Outbox:MaxAttempts", "3")));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = provider.GetRequiredService<IOptions<IntranetOptions>>().Value;
        Assert.Equal(("/tmp/x", "en-US", 3), (options.DataPath, options.DefaultLanguage, options.Outbox.MaxAttempts));
        Assert.NotNull(provider.GetRequiredService<IStateStore>());
        Assert.NotNull(provider.GetRequiredService<IDocumentStore>());
        Assert.NotNull(provider.GetRequiredService<IDirectory>());
        Assert.NotNull(provider.GetRequiredService<IOutbox>());
        Assert.NotNull(provider.GetRequiredService<IScheduler>());
        Assert.NotNull(provider.GetRequiredService<CardActionRouter>());
        Assert.Equal("Asia/Seoul", provider.GetRequiredService<IOrganizationContext>().TimeZone.Id);
        Assert.Contains(provider.GetServices<IDeliveryChannel>(), c => c.Name == "devinbox");
    }

    [Theory]
    [InlineData("DefaultLanguage", "fr-FR")]
    [InlineData("TimeZone", "Mars/Olympus_Mons")]
    [InlineData("DataPath", "")]
    [InlineData("Outbox:MaxAttempts", "0")]
    [InlineData("Scheduler:PollInterval", "00:00:00")]
    public async Task Bad_options_fail_at_start(string key, string value)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddIntranetExtensions(Section((key, value)));
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
