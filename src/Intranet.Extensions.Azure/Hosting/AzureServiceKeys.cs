namespace Intranet.Extensions.Azure;

/// <summary>Keys of keyed services the package reads.</summary>
public static class AzureServiceKeys
{
    /// <summary>
    /// Register a <c>TokenCredential</c> under this key to use it instead of <c>DefaultAzureCredential</c> for the
    /// blob and queue endpoints (ignored when a connection string is configured).
    /// </summary>
    public const string Credential = "Intranet.Extensions.Azure";
}
