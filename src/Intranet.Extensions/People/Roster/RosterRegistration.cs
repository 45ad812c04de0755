using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Extensions.People.Roster;

/// <summary>Registers the roster-file directory (embedded default).</summary>
internal static class RosterRegistration
{
    internal static IServiceCollection AddRosterDirectory(this IServiceCollection services)
    {
        // TryAdd: a production package (Graph) registered earlier keeps its directory.
        services.TryAddSingleton<IDirectory, RosterDirectory>();
        return services;
    }
}
