namespace Intranet.Extensions.Azure;

/// <summary>Which backend a part of the runtime uses.</summary>
public enum AzureBackend
{
    /// <summary>Azure when an account is configured, the embedded default otherwise.</summary>
    Auto,

    /// <summary>The embedded default, even when an account is configured.</summary>
    Embedded,

    /// <summary>Azure Storage; starting fails when no account is configured.</summary>
    Azure,
}
