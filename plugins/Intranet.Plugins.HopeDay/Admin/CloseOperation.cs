using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using static Intranet.Plugins.HopeDay.Admin.HopeDayAdmin;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// <c>POST /admin/api/hopeday/close</c> with <c>{ roundId }</c>: closes sign-up now, forms the tables and sends
/// everyone their table, as the scheduled close would. Repeating it answers the same tables.
/// </summary>
internal sealed class CloseOperation(IHopeDay hopeDay) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (RoundId(request, out var roundId) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var tables = await hopeDay.CloseSignUpAsync(roundId, cancellationToken).ConfigureAwait(false);
            return AdminResult.Json(new JsonObject
            {
                ["roundId"] = roundId,
                ["state"] = "closed",
                ["sessions"] = new JsonArray([.. tables.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new JsonObject
                {
                    ["sessionId"] = s.Key,
                    ["tables"] = new JsonArray([.. s.Value.Select(t => new JsonArray([.. t.Select(id => JsonValue.Create(id))]))]),
                })]),
            });
        }
        catch (CardActionException e)
        {
            return From(e, request.Culture);
        }
    }
}
