using System.Text.Json;
using System.Text.Json.Serialization;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using static Intranet.Plugins.HopeDay.Admin.HopeDayAdmin;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// <c>GET /admin/api/hopeday/report?roundId=</c>: the organiser report (<see cref="HopeDayReport"/>) as JSON: fill
/// per session and group, participants with waitlist positions and tables, attendance, anonymous feedback.
/// </summary>
internal sealed class ReportOperation(IHopeDay hopeDay) : IAdminOperation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        if (RoundId(request, out var roundId) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var report = await hopeDay.GetReportAsync(roundId, cancellationToken).ConfigureAwait(false);
            return AdminResult.Json(JsonSerializer.SerializeToNode(report, Json)!);
        }
        catch (CardActionException e)
        {
            return From(e, request.Culture);
        }
    }
}
