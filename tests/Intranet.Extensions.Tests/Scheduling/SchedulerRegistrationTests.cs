using Intranet.Extensions.Hosting;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Tests.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Tests.Scheduling;

public sealed class SchedulerRegistrationTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public void The_scheduler_its_processor_and_its_worker_resolve_from_DI()
    {
        var services = _harness.CreateProvider();

        Assert.IsType<StateStoreScheduler>(services.GetRequiredService<IScheduler>());
        Assert.Same(services.GetRequiredService<SchedulerProcessor>(), services.GetRequiredService<SchedulerProcessor>());
        Assert.Single(services.GetServices<IHostedService>().OfType<SchedulerWorker>());
    }

    [Fact]
    public void Registering_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection();

        services.AddStateStoreScheduler().AddStateStoreScheduler();

        Assert.Single(services, d => d.ServiceType == typeof(IScheduler));
        Assert.Single(services, d => d.ServiceType == typeof(SchedulerProcessor));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SchedulerWorker));
    }

    [Theory]
    [InlineData("Intranet:Scheduler:MaxAttempts", "0")]
    [InlineData("Intranet:Scheduler:PollInterval", "00:00:00")]
    [InlineData("Intranet:Scheduler:ClaimDuration", "00:00:00")]
    public async Task A_host_with_bad_scheduler_options_fails_to_start(string key, string value)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddLogging().AddIntranetExtensions(builder.Configuration.GetSection(IntranetOptions.SectionName));
        _harness.UseTestDoubles(builder.Services);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }
}
