using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Plugins.HopeDay.Tests.Admin;

/// <summary>Runs the plugin's admin operations as the host does: found in the plugin registry, resolved in a scope, for a caller from the directory.</summary>
internal static class AdminCalls
{
    public static async Task<AdminResult> RunAsync(
        this IntranetTestHost host, string operation, string callerId, JsonObject? body = null, string query = "")
    {
        var registration = host.Get<PluginRegistry>().AdminOperations.Single(o => o.PluginId == "hopeday" && o.Operation == operation);
        var caller = await host.Get<IDirectory>().FindAsync(callerId) ?? throw new ArgumentException($"'{callerId}' is not on the roster.", nameof(callerId));
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.ElementAtOrDefault(1) ?? ""), StringComparer.OrdinalIgnoreCase);
        await using var scope = host.Services.CreateAsyncScope();
        var handler = (IAdminOperation)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
        return await handler.ExecuteAsync(new AdminRequest(caller, body ?? [], values, [], host.Get<IOrganizationContext>().CultureOf(caller)));
    }

    public static JsonObject Json(AdminResult result) =>
        Assert.IsType<JsonObject>(Assert.IsType<AdminJsonResult>(result).Value);

    public static AdminErrorResult Error(AdminResult result, int status, string code)
    {
        var error = Assert.IsType<AdminErrorResult>(result);
        Assert.Equal((status, code), (error.StatusCode, error.Code));
        return error;
    }

    /// <summary>Every stored document and file with its ETag, to prove a refused request changed nothing.</summary>
    public static async Task<Dictionary<string, string>> SnapshotAsync(this IntranetTestHost host)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entry in host.Get<IStateStore>().ListAsync(""))
        {
            snapshot["state:" + entry.Key] = entry.ETag.Value;
        }

        await foreach (var file in host.Get<IDocumentStore>().ListAsync(""))
        {
            snapshot["file:" + file.Path] = file.ETag.Value;
        }

        return snapshot;
    }
}
