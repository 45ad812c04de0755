using System.Security.Claims;
using Intranet.Extensions.People;

namespace Intranet.Extensions.AspNetCore.AdminApi;

/// <summary>Finds the directory entry of an Entra ID caller by the token's object id.</summary>
internal static class CallerIdentity
{
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static async Task<StaffMember?> FindAsync(ClaimsPrincipal user, IDirectory directory, CancellationToken cancellationToken)
    {
        var objectId = user.FindFirst("oid")?.Value ?? user.FindFirst(ObjectIdClaim)?.Value;
        return objectId is null ? null : await directory.FindAsync(objectId, cancellationToken);
    }
}
