using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace Intranet.Extensions.AspNetCore.Admin;

/// <summary>
/// Entra ID for the admin API through Microsoft.Identity.Web: bearer tokens of the organisation's tenant for
/// this app registration, and one authorization policy per app role (<see cref="IntranetRoles"/>).
/// </summary>
public static class IntranetAuthExtensions
{
    /// <summary>The authentication scheme of Entra ID bearer tokens.</summary>
    public const string Scheme = "Intranet.EntraId";

    /// <summary>The identity configuration section, in Microsoft.Identity.Web's shape.</summary>
    public const string SectionName = "AzureAd";

    /// <summary>Adds Entra ID auth with the host's <see cref="SectionName"/> section.</summary>
    public static IIntranetBuilder AddEntraIdAuth(this IIntranetBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MicrosoftIdentityOptions>(Scheme).BindConfiguration(SectionName);
        return builder.AddEntraIdAuth(static _ => { });
    }

    /// <summary>Adds Entra ID auth with identity options bound from <paramref name="azureAdSection"/>.</summary>
    public static IIntranetBuilder AddEntraIdAuth(this IIntranetBuilder builder, IConfigurationSection azureAdSection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(azureAdSection);
        builder.Services.AddOptions<MicrosoftIdentityOptions>(Scheme).Bind(azureAdSection);
        return builder.AddEntraIdAuth(static _ => { });
    }

    /// <summary>Adds Entra ID auth with identity options set in code (Instance, TenantId, ClientId).</summary>
    public static IIntranetBuilder AddEntraIdAuth(this IIntranetBuilder builder, Action<MicrosoftIdentityOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<MicrosoftIdentityOptions>(Scheme)
            .Configure(configure)
            .Validate(static o => !string.IsNullOrEmpty(o.ClientId) && !string.IsNullOrEmpty(o.TenantId) && Uri.IsWellFormedUriString(o.Instance, UriKind.Absolute),
                "AzureAd needs Instance, TenantId and ClientId.")
            .ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(EntraAuthMarker)))
        {
            return builder;
        }

        services.AddSingleton<EntraAuthMarker>();

        // Microsoft.Identity.Web validates issuer (the tenant), audience (the client id or api://client id),
        // signature and lifetime, and reads app roles from the "roles" claim.
        services.AddAuthentication()
            .AddMicrosoftIdentityWebApi(static _ => { }, static _ => { }, Scheme);

        // A lone scheme becomes the default, so every request would be read as an Entra token; endpoints that ask
        // for no authorization (the Bot Framework endpoint with its own tokens, health) are left alone.
        services.PostConfigure<JwtBearerOptions>(Scheme, static options =>
        {
            var received = options.Events?.OnMessageReceived;
            options.Events ??= new JwtBearerEvents();
            options.Events.OnMessageReceived = async context =>
            {
                var metadata = context.HttpContext.GetEndpoint()?.Metadata;
                if (metadata is null || (metadata.GetMetadata<IAuthorizeData>() is null && metadata.GetMetadata<AuthorizationPolicy>() is null))
                {
                    context.NoResult();
                    return;
                }

                if (received is not null)
                {
                    await received(context).ConfigureAwait(false);
                }
            };
        });
        services.AddAuthorization(options =>
        {
            OutlookActions.AddPolicy(options);
            foreach (var role in IntranetRoles.All)
            {
                options.AddPolicy(role, PolicyFor(role));
            }
        });

        // Plugins' admin operations may require roles of their own: each gets its policy too.
        services.AddOptions<AuthorizationOptions>().Configure<PluginRegistry>(static (options, registry) =>
        {
            foreach (var role in registry.AdminOperations.Select(static o => o.RequiredRole).Distinct(StringComparer.Ordinal))
            {
                if (options.GetPolicy(role) is null)
                {
                    options.AddPolicy(role, PolicyFor(role));
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// The policy of an app role: an Entra ID caller of this scheme holding <paramref name="role"/> or
    /// <see cref="IntranetRoles.Admin"/>. For endpoints whose role depends on the request (one route serving
    /// several operations), check it with <c>IAuthorizationService.AuthorizeAsync(user, PolicyFor(role))</c>.
    /// </summary>
    public static AuthorizationPolicy PolicyFor(string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return new AuthorizationPolicyBuilder(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(role == IntranetRoles.Admin ? [IntranetRoles.Admin] : [role, IntranetRoles.Admin])
            .Build();
    }

    /// <summary>Requires <paramref name="role"/> (or <see cref="IntranetRoles.Admin"/>) on the endpoints.</summary>
    public static TBuilder RequireIntranetRole<TBuilder>(this TBuilder builder, string role)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAuthorization(PolicyFor(role));
    }

    private sealed class EntraAuthMarker;
}
