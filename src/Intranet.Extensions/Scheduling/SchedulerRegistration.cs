using Intranet.Extensions.Hosting;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Scheduling;

/// <summary>Registers the durable scheduler on the state store and its worker.</summary>
internal static class SchedulerRegistration
{
    internal static IServiceCollection AddStateStoreScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton<IScheduler, StateStoreScheduler>();
        services.TryAddSingleton(static sp => new SchedulerProcessor(
            sp.GetRequiredService<IStateStore>(),
            sp.GetRequiredService<PluginRegistry>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<IntranetOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SchedulerProcessor>>()));
        services.AddHostedService<SchedulerWorker>();
        return services;
    }
}
