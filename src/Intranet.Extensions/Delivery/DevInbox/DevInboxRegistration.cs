using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Extensions.Delivery.DevInbox;

/// <summary>Registers the dev inbox channel (embedded default).</summary>
internal static class DevInboxRegistration
{
    internal static IServiceCollection AddDevInbox(this IServiceCollection services)
    {
        services.TryAddSingleton<DevInboxStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryChannel, DevInboxChannel>());
        return services;
    }
}
