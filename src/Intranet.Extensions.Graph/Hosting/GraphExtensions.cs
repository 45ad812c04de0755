using Azure.Core;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Graph.ActivityFeed;
using Intranet.Extensions.Graph.Auth;
using Intranet.Extensions.Graph.Calendar;
using Intranet.Extensions.Graph.People;
using Intranet.Extensions.Graph.Documents;
using Intranet.Extensions.Graph.Hosting;
using Intranet.Extensions.Graph.Mail;
using Intranet.Extensions.Graph.Teams;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Graph;

/// <summary>
/// Adds Microsoft Graph: <c>builder.AddMicrosoftGraph(config.GetSection("Intranet:Graph"))</c> registers the
/// <c>outlook</c> and <c>activityfeed</c> channels, the Graph directory (replacing the roster unless
/// <c>UseGraphDirectory</c> is false), and <see cref="TeamsChannelPosts"/>, <see cref="GraphCalendar"/> and
/// <see cref="SharePointDocuments"/> for hosts and admin endpoints.
/// </summary>
public static class IntranetGraphExtensions
{
    /// <summary>Adds Graph with options from the <see cref="GraphOptions.SectionName"/> section, bound by the host.</summary>
    public static IIntranetBuilder AddMicrosoftGraph(this IIntranetBuilder builder) => builder.AddMicrosoftGraph(static _ => { });

    /// <summary>Adds Graph with options bound from <paramref name="section"/>.</summary>
    public static IIntranetBuilder AddMicrosoftGraph(this IIntranetBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<GraphOptions>().Bind(section);
        return builder.AddMicrosoftGraph(static _ => { });
    }

    /// <summary>Adds Graph with options set in code.</summary>
    public static IIntranetBuilder AddMicrosoftGraph(this IIntranetBuilder builder, Action<GraphOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<GraphOptions>()
            .Configure(configure)
            .Validate(static o => o.UploadSliceBytes % 327_680 == 0, "Intranet:Graph:UploadSliceBytes must be a multiple of 320 KiB (327,680 bytes).")
            .ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(GraphClients)))
        {
            return builder;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(GraphServiceKeys.TokenHttpClient);
        services.TryAddSingleton<GraphTokens>();
        services.TryAddKeyedSingleton<TokenCredential>(GraphServiceKeys.Credential, static (sp, _) => sp.GetRequiredService<GraphTokens>().AppCredential);
        services.TryAddSingleton<GraphClients>();
        services.TryAddSingleton(static sp => new TeamsChannelPosts(sp.GetRequiredService<GraphClients>(), sp.GetRequiredService<GraphTokens>()));
        services.TryAddSingleton(static sp => new GraphCalendar(sp.GetRequiredService<GraphClients>()));
        services.TryAddSingleton(static sp => new SharePointDocuments(sp.GetRequiredService<GraphClients>(), sp.GetRequiredService<IOptions<GraphOptions>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryChannel, OutlookMailChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryChannel, ActivityFeedChannel>());
        services.TryAddSingleton<GraphDirectory>();

        // The runtime registered the roster directory; Graph replaces it unless the host keeps the roster.
        var previous = services.LastOrDefault(static d => d.ServiceType == typeof(IDirectory) && !d.IsKeyedService);
        services.Replace(ServiceDescriptor.Singleton<IDirectory>(sp =>
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.UseGraphDirectory || previous is null
                ? sp.GetRequiredService<GraphDirectory>()
                : Create(sp, previous)));
        return builder;
    }

    private static IDirectory Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IDirectory)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
