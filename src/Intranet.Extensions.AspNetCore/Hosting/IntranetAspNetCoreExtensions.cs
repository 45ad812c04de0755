using Intranet.Extensions.AspNetCore.AdminApi;
using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.AspNetCore.Health;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore;

/// <summary>Adds and maps the ASP.NET Core surface: dev inbox, health.</summary>
public static class IntranetAspNetCoreExtensions
{
    /// <summary>Adds the ASP.NET Core surface with default options.</summary>
    public static IIntranetBuilder AddAspNetCore(this IIntranetBuilder builder) => builder.AddAspNetCore(static _ => { });

    /// <summary>Adds the ASP.NET Core surface with dev inbox options bound from <paramref name="devInboxSection"/>.</summary>
    public static IIntranetBuilder AddAspNetCore(this IIntranetBuilder builder, IConfigurationSection devInboxSection)
    {
        builder.Services.AddOptions<DevInboxOptions>().Bind(devInboxSection);
        return builder.AddAspNetCore(static _ => { });
    }

    /// <summary>Adds the ASP.NET Core surface with dev inbox options set in code.</summary>
    public static IIntranetBuilder AddAspNetCore(this IIntranetBuilder builder, Action<DevInboxOptions> configureDevInbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DevInboxOptions>().Configure(configureDevInbox).ValidateDataAnnotations().ValidateOnStart();
        if (!builder.Services.Any(d => d.ServiceType == typeof(StateStoreHealthCheck)))
        {
            builder.Services.AddSingleton<StateStoreHealthCheck>();
            builder.Services.AddHealthChecks().AddCheck<StateStoreHealthCheck>("state-store");
        }

        return builder;
    }

    /// <summary>
    /// Maps <c>/healthz</c>, the plugins' admin operations at <c>/admin/api/{plugin}/{operation}</c> and, when
    /// enabled, the dev inbox at <c>/dev/inbox</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapIntranetExtensions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        var devInbox = DevInboxEndpoints.IsEnabled(endpoints);
        if (devInbox)
        {
            DevInboxEndpoints.Map(endpoints);
        }

        AdminApiEndpoints.Map(endpoints, devInbox);
        return endpoints;
    }
}
