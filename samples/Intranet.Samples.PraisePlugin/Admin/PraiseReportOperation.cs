using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Storage;
using Intranet.Samples.PraisePlugin.Model;

namespace Intranet.Samples.PraisePlugin.Admin;

/// <summary>
/// <c>GET /admin/api/praise/report</c>: how much praise each department gave and received, as JSON or, with
/// <c>?format=csv</c>, as a CSV that Excel opens with Korean intact (UTF-8 with BOM).
/// </summary>
internal sealed class PraiseReportOperation(IStateStore store) : IAdminOperation
{
    public async Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default)
    {
        var praises = new List<Praise>();
        await foreach (var entry in store.ListAsync<Praise>(StateKeys.Combine("praise", "items") + "/", cancellationToken))
        {
            praises.Add(entry.Value);
        }

        var rows = praises
            .GroupBy(p => p.FromDepartment ?? "")
            .Select(g => (Department: g.Key, Given: g.Count(), Thanked: g.Count(p => p.ThankedAt is not null)))
            .OrderByDescending(r => r.Given).ThenBy(r => r.Department, StringComparer.Ordinal)
            .ToList();

        if (request.GetString("format") == "csv")
        {
            var csv = new StringBuilder("department,given,thanked\r\n");
            foreach (var row in rows)
            {
                csv.Append(Csv(row.Department)).Append(',').Append(row.Given).Append(',').Append(row.Thanked).Append("\r\n");
            }

            return AdminResult.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "praise-report.csv");
        }

        return AdminResult.Json(new JsonObject
        {
            ["total"] = praises.Count,
            ["thanked"] = praises.Count(p => p.ThankedAt is not null),
            ["departments"] = new JsonArray([.. rows.Select(r => new JsonObject { ["department"] = r.Department, ["given"] = r.Given, ["thanked"] = r.Thanked })]),
        });
    }

    // Quotes every field and defuses spreadsheet formulas.
    private static string Csv(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value).Replace("\"", "\"\"") + "\"";
}
