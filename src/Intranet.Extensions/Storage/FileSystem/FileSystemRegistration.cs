using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>Registers the file-system state and document stores (embedded default).</summary>
internal static class FileSystemRegistration
{
    internal static IServiceCollection AddFileSystemStores(this IServiceCollection services) => services; // TODO(helper): register FileStateStore, FileDocumentStore
}
