using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>Registers the file-system state and document stores (embedded default).</summary>
internal static class FileSystemRegistration
{
    internal static IServiceCollection AddFileSystemStores(this IServiceCollection services)
    {
        // TryAdd: a production package (Azure) registered earlier keeps its stores.
        services.TryAddSingleton<IStateStore, FileStateStore>();
        services.TryAddSingleton<IDocumentStore, FileDocumentStore>();
        return services;
    }
}
