using System.Net;
using Microsoft.AspNetCore.Http;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>Refuses the dev inbox to anyone not on this machine: its caller chooses whom to act as.</summary>
internal sealed class LoopbackOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // In-process test servers have no remote address; every real connection has one.
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status403Forbidden));
    }
}
