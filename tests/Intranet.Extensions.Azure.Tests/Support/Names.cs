namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>Fresh container and queue names, so tests sharing one Azurite never see each other's data.</summary>
internal static class Names
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];
}
