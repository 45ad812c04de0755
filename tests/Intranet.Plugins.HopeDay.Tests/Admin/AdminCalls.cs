using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Testing.Hosting;

namespace Intranet.Plugins.HopeDay.Tests.Admin;

/// <summary>Runs this plugin's admin operations as the host does (see <see cref="IntranetTestHost.RunAdminAsync"/>).</summary>
internal static class AdminCalls
{
    public static Task<AdminResult> RunAsync(
        this IntranetTestHost host, string operation, string callerId, JsonObject? body = null, string query = "", params AdminFile[] files) =>
        host.RunAdminAsync("hopeday", operation, callerId, body, query, files);

    public static JsonObject Json(AdminResult result) => AdminAssert.Json(result);

    public static AdminErrorResult Error(AdminResult result, int status, string code) => AdminAssert.Error(result, status, code);
}
