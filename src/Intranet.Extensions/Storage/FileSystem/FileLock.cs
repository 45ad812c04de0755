namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>A held <see cref="FileLocks"/> lock: the exclusive lock-file handle and the in-process stripe.</summary>
internal sealed class FileLock(FileStream handle, SemaphoreSlim stripe) : IDisposable
{
    private int disposed;

    /// <summary>Releases the lock file first, then lets the next thread of this process in.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            handle.Dispose();
            stripe.Release();
        }
    }
}
