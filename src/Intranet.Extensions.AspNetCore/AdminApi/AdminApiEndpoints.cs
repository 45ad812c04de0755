using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.AdminApi;

/// <summary>
/// Maps every plugin's admin operations at <c>/admin/api/{plugin}/{operation}</c>. With Entra ID auth each
/// requires its app role; without it (the embedded default) they exist only beside the dev inbox, for
/// loopback callers who name themselves in the <see cref="AdminApi.DevUserHeader"/> header.
/// </summary>
internal static class AdminApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, bool devInboxEnabled)
    {
        var registry = endpoints.ServiceProvider.GetRequiredService<PluginRegistry>();
        var authorization = endpoints.ServiceProvider.GetService<IOptions<AuthorizationOptions>>()?.Value;
        foreach (var operation in registry.AdminOperations)
        {
            var withRoles = authorization?.GetPolicy(operation.RequiredRole) is not null;
            if (!withRoles && !devInboxEnabled)
            {
                continue;
            }

            var route = endpoints.MapMethods(
                    $"/admin/api/{operation.PluginId}/{operation.Operation}",
                    ["GET", "POST"],
                    (HttpContext context, CancellationToken cancellationToken) =>
                        AdminApi.RunAsync(context, operation, withRoles, cancellationToken))
                .DisableAntiforgery()
                .ExcludeFromDescription();
            if (withRoles)
            {
                route.RequireAuthorization(operation.RequiredRole);
            }
            else
            {
                route.AddEndpointFilter<LoopbackOnly>();
            }
        }
    }
}
