using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Outbox;

/// <summary>Registers the outbox on the state store and its worker.</summary>
internal static class OutboxRegistration
{
    internal static IServiceCollection AddStateStoreOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutbox, StateStoreOutbox>();
        services.TryAddSingleton(static sp => new OutboxProcessor(
            sp.GetRequiredService<IStateStore>(),
            sp.GetRequiredService<IDirectory>(),
            sp.GetServices<IDeliveryChannel>(),
            sp.GetRequiredService<RuntimeTexts>(),
            sp.GetRequiredService<IOptions<IntranetOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxProcessor>>()));
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
