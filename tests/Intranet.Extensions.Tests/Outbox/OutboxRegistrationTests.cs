using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Tests.Outbox;

public sealed class OutboxRegistrationTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public void The_outbox_its_processor_and_its_worker_resolve_from_DI()
    {
        var services = _harness.CreateProvider();

        Assert.IsType<StateStoreOutbox>(services.GetRequiredService<IOutbox>());
        Assert.Same(services.GetRequiredService<OutboxProcessor>(), services.GetRequiredService<OutboxProcessor>());
        Assert.Single(services.GetServices<IHostedService>().OfType<OutboxWorker>());
    }

    [Fact]
    public void Registering_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection();

        services.AddStateStoreOutbox().AddStateStoreOutbox();

        Assert.Single(services, d => d.ServiceType == typeof(IOutbox));
        Assert.Single(services, d => d.ServiceType == typeof(OutboxProcessor));
        Assert.Single(services, d => d.ServiceType == typeof(OutboxSignal));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker));
    }

    [Fact]
    public void Options_bind_from_the_Intranet_Outbox_section()
    {
        using var services = ProviderFrom(("Intranet:Outbox:MaxAttempts", "4"), ("Intranet:Outbox:Parallelism", "2"));

        var outbox = services.GetRequiredService<IOptions<IntranetOptions>>().Value.Outbox;

        Assert.Equal((4, 2), (outbox.MaxAttempts, outbox.Parallelism));
    }

    [Theory]
    [InlineData("Intranet:Outbox:MaxAttempts", "0")]
    [InlineData("Intranet:Outbox:Parallelism", "0")]
    [InlineData("Intranet:Outbox:PollInterval", "00:00:00")]
    [InlineData("Intranet:Outbox:ClaimDuration", "00:00:00")]
    public void Bad_outbox_options_are_refused(string key, string value)
    {
        using var services = ProviderFrom((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntranetOptions>>().Value);

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_bad_outbox_options_fails_to_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Intranet:Outbox:MaxAttempts", "0")]);
        builder.Services.AddLogging().AddIntranetExtensions(builder.Configuration.GetSection(IntranetOptions.SectionName));
        _harness.UseTestDoubles(builder.Services);
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static ServiceProvider ProviderFrom(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddIntranetExtensions(configuration.GetSection(IntranetOptions.SectionName)).Services.BuildServiceProvider();
    }
}
