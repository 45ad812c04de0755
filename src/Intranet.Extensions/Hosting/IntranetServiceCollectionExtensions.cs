using Intranet.Extensions.Actions;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Hosting;

/// <summary>Adds the runtime to a host: <c>services.AddIntranetExtensions().AddPraise()</c>.</summary>
public static class IntranetServiceCollectionExtensions
{
    /// <summary>Adds the runtime with default options (embedded defaults under <c>.data</c>).</summary>
    public static IIntranetBuilder AddIntranetExtensions(this IServiceCollection services) =>
        services.AddIntranetExtensions(static _ => { });

    /// <summary>Adds the runtime with options bound from <paramref name="section"/> (usually <c>Intranet</c>).</summary>
    public static IIntranetBuilder AddIntranetExtensions(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<IntranetOptions>().Bind(section);
        return services.AddIntranetExtensions(static _ => { });
    }

    /// <summary>Adds the runtime with options set in code.</summary>
    public static IIntranetBuilder AddIntranetExtensions(this IServiceCollection services, Action<IntranetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IntranetOptions>()
            .Configure(configure)
            .Validate(static o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Intranet:TimeZone is not a known time zone id.")
            .ValidateOnStart();

        var existing = services.FirstOrDefault(static d => d.ServiceType == typeof(IntranetBuilder))?.ImplementationInstance;
        if (existing is IntranetBuilder builder)
        {
            return builder;
        }

        builder = new IntranetBuilder(services);
        services.AddSingleton(builder);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntranetOptions>, IntranetOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RuntimeTexts>();
        services.TryAddSingleton(static sp => new PluginRegistry(
            sp.GetServices<PluginRegistration>(), sp.GetServices<ActionRegistration>(), sp.GetServices<JobRegistration>(),
            sp.GetServices<AdminOperationRegistration>()));
        services.TryAddSingleton<CardActionRouter>();
        services.TryAddSingleton<CardGallery>();
        services.TryAddSingleton<IOrganizationContext, OrganizationContext>();
        services.TryAddSingleton<IDocumentLinks, HostDocumentLinks>();
        services.AddHostedService<DemoContentSeeding>();

        // Embedded defaults; production packages (Azure, Graph) register theirs first or replace these.
        services.AddFileSystemStores();
        services.AddRosterDirectory();
        services.AddDevInbox();
        services.AddStateStoreOutbox();
        services.AddStateStoreScheduler();
        return builder;
    }
}
