using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.People.Roster;

/// <summary>Registers the roster-file directory (embedded default).</summary>
internal static class RosterRegistration
{
    internal static IServiceCollection AddRosterDirectory(this IServiceCollection services) => services; // TODO(helper): register RosterDirectory
}
