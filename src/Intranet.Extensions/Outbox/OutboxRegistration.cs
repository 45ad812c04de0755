using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Outbox;

/// <summary>Registers the outbox on the state store and its worker.</summary>
internal static class OutboxRegistration
{
    internal static IServiceCollection AddStateStoreOutbox(this IServiceCollection services) => services; // TODO(helper)
}
