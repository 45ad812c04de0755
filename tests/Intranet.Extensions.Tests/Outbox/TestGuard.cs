namespace Intranet.Extensions.Tests.Outbox;

/// <summary>
/// A deadlock guard, not a timing assertion: tests await signals, and only a broken implementation that never
/// signals runs into this.
/// </summary>
internal static class TestGuard
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
}
