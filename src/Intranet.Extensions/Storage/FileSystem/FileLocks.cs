namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>
/// Exclusive per-file write locks, safe across threads and processes: an exclusive <c>{file}.lock</c> handle
/// (<see cref="FileShare.None"/>, which .NET backs with <c>flock</c> on Unix and share modes on Windows).
/// Threads of this process queue on a semaphore first, so only one of them polls the lock file.
/// </summary>
internal sealed class FileLocks
{
    private const int MaxAttempts = 1500; // with the capped back-off, about half a minute
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(20);

    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 64).Select(static _ => new SemaphoreSlim(1, 1))];

    /// <summary>Takes the lock of <paramref name="file"/>; its folder must exist. Dispose the result to release it.</summary>
    /// <exception cref="IOException">Another process held the lock for too long.</exception>
    public async Task<FileLock> AcquireAsync(string file, CancellationToken cancellationToken)
    {
        var stripe = stripes[(StringComparer.Ordinal.GetHashCode(file) & int.MaxValue) % stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var lockFile = file + ".lock";
            var delay = TimeSpan.FromMilliseconds(1);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // Lock files are never deleted: unlinking one while another process waits on it would let two in.
                    var handle = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
                    return new FileLock(handle, stripe);
                }
                catch (IOException ex) when (IsHeldElsewhere(ex) && attempt < MaxAttempts)
                {
                    // Another process holds it; it keeps it for one rename, so back off briefly.
                    await Task.Delay(delay + TimeSpan.FromTicks(Random.Shared.Next(0, 5_000)), cancellationToken).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
                }
            }
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    // Windows: ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION; Unix: .NET reports flock's EWOULDBLOCK errno (Linux 11, BSD/macOS 35).
    private static bool IsHeldElsewhere(IOException ex) =>
        ex.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
        || (!OperatingSystem.IsWindows() && ex.HResult is 11 or 35);
}
