using Azure.Storage.Blobs;
using Intranet.Extensions.Azure.Health;
using Intranet.Extensions.Azure.Hosting;
using Intranet.Extensions.Azure.Outbox;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure;

/// <summary>
/// Adds Azure Storage: <c>builder.AddAzureStorage(config.GetSection("Intranet:Azure"))</c> puts the state store, the
/// document store and the outbox on the configured account (each part can stay embedded), so several host
/// instances share state through conditional blob writes and share delivery work through a Storage queue.
/// With no account configured the embedded defaults stay as they are.
/// </summary>
public static class IntranetAzureExtensions
{
    /// <summary>Adds Azure Storage with options from the <see cref="AzureStorageOptions.SectionName"/> section, bound by the host.</summary>
    public static IIntranetBuilder AddAzureStorage(this IIntranetBuilder builder) => builder.AddAzureStorage(static _ => { });

    /// <summary>Adds Azure Storage with options bound from <paramref name="section"/>.</summary>
    public static IIntranetBuilder AddAzureStorage(this IIntranetBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<AzureStorageOptions>().Bind(section);
        return builder.AddAzureStorage(static _ => { });
    }

    /// <summary>Adds Azure Storage with options set in code.</summary>
    public static IIntranetBuilder AddAzureStorage(this IIntranetBuilder builder, Action<AzureStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<AzureStorageOptions>()
            .Configure(configure)
            .Validate(static o => string.IsNullOrWhiteSpace(o.ConnectionString) || string.IsNullOrWhiteSpace(o.BlobServiceUri),
                "Set either Intranet:Azure:ConnectionString or Intranet:Azure:BlobServiceUri, not both.")
            .Validate(static o => o.HasAccount || (o.State != AzureBackend.Azure && o.Documents != AzureBackend.Azure && o.Outbox != AzureBackend.Azure),
                "A part of Intranet:Azure is set to Azure (State, Documents or Outbox) but no account is configured: set ConnectionString or BlobServiceUri.")
            .Validate(static o => !o.UsesAzure(o.Outbox) || !string.IsNullOrWhiteSpace(o.ConnectionString) || AzureClients.QueueUri(o) is not null,
                "The outbox is on Azure but the queue endpoint is unknown: set Intranet:Azure:QueueServiceUri.")
            .Validate(static o => string.IsNullOrWhiteSpace(o.ConnectionString) || IsConnectionString(o.ConnectionString),
                "Intranet:Azure:ConnectionString is not a storage connection string.")
            .ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(AzureClients)))
        {
            return builder;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureStorageOptions>, AzureStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AzureClients>();
        services.TryAddSingleton<AzureStores>();
        services.TryAddSingleton<OutboxQueues>();
        services.TryAddSingleton<QueueOutboxSignal>();
        services.TryAddSingleton<MessageCache>();
        services.TryAddSingleton<DeliverySender>();
        services.TryAddSingleton<BatchHandler>();
        services.TryAddSingleton<QueueOutbox>();

        // The runtime registered its embedded parts; each is replaced by a choice made when the options are known.
        var state = services.LastOrDefault(static d => d.ServiceType == typeof(IStateStore) && !d.IsKeyedService);
        var documents = services.LastOrDefault(static d => d.ServiceType == typeof(IDocumentStore) && !d.IsKeyedService);
        var outbox = services.LastOrDefault(static d => d.ServiceType == typeof(IOutbox) && !d.IsKeyedService);
        services.Replace(ServiceDescriptor.Singleton<IStateStore>(sp =>
            Uses(sp, static o => o.State) || state is null ? sp.GetRequiredService<AzureStores>().State : Create<IStateStore>(sp, state)));
        services.Replace(ServiceDescriptor.Singleton<IDocumentStore>(sp =>
            Uses(sp, static o => o.Documents) || documents is null ? sp.GetRequiredService<AzureStores>().Documents : Create<IDocumentStore>(sp, documents)));
        services.Replace(ServiceDescriptor.Singleton<IOutbox>(sp =>
            Uses(sp, static o => o.Outbox) || outbox is null ? sp.GetRequiredService<QueueOutbox>() : Create<IOutbox>(sp, outbox)));

        services.AddHostedService<AzureStorageInitializer>();
        services.AddHostedService<QueueOutboxWorker>();
        services.AddHealthChecks().AddCheck<AzureStorageHealthCheck>("azure-storage");
        return builder;
    }

    private static bool Uses(IServiceProvider services, Func<AzureStorageOptions, AzureBackend> part)
    {
        var options = services.GetRequiredService<IOptions<AzureStorageOptions>>().Value;
        return options.UsesAzure(part(options));
    }

    private static T Create<T>(IServiceProvider services, ServiceDescriptor descriptor) =>
        (T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new BlobServiceClient(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
