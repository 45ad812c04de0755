namespace Intranet.Extensions.Admin;

/// <summary>
/// An operation of a plugin's admin surface (import a manual, open a campaign, export a report). The host
/// serves it at <c>/admin/api/{pluginId}/{operation}</c> and checks the caller's app role before it runs.
/// Registered with <c>IPluginBuilder.AddAdminOperation</c>.
/// </summary>
public interface IAdminOperation
{
    /// <summary>Runs the operation for an authorized caller.</summary>
    Task<AdminResult> ExecuteAsync(AdminRequest request, CancellationToken cancellationToken = default);
}
