using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Testing.Hosting;

namespace Intranet.Plugins.Manuals.Tests.Admin;

/// <summary>Runs this plugin's admin operations as the host does (see <see cref="IntranetTestHost.RunAdminAsync"/>).</summary>
internal static class AdminCalls
{
    public static Task<AdminResult> RunAsync(
        this IntranetTestHost host, string operation, string callerId, JsonObject? body = null, string query = "", params AdminFile[] files) =>
        host.RunAdminAsync("manuals", operation, callerId, body, query, files);

    public static AdminFile File(string name, string text, string contentType = "text/markdown") =>
        new(name, contentType, Encoding.UTF8.GetBytes(text));

    public static JsonObject Json(AdminResult result) => AdminAssert.Json(result);

    public static AdminErrorResult Error(AdminResult result, int status, string code) => AdminAssert.Error(result, status, code);
}
