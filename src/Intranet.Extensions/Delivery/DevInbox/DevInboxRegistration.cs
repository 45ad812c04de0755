using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Delivery.DevInbox;

/// <summary>Registers the dev inbox channel (embedded default).</summary>
internal static class DevInboxRegistration
{
    internal static IServiceCollection AddDevInbox(this IServiceCollection services) => services;
}
