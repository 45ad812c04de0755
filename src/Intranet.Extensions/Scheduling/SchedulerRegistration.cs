using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Scheduling;

/// <summary>Registers the durable scheduler on the state store and its worker.</summary>
internal static class SchedulerRegistration
{
    internal static IServiceCollection AddStateStoreScheduler(this IServiceCollection services) => services; // TODO(helper)
}
