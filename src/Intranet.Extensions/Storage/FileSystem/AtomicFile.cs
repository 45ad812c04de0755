namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>Whole-file reads and durable, rename-based writes: readers see the old file or the new one, never a mix.</summary>
internal static class AtomicFile
{
    /// <summary>Readers share with writers and deleters, so a rename over the file never fails on Windows.</summary>
    public const FileShare ReaderShare = FileShare.ReadWrite | FileShare.Delete;

    /// <summary>The content of <paramref name="path"/>, or <see langword="null"/> when it does not exist.</summary>
    public static async Task<byte[]?> ReadAllBytesOrNullAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, ReaderShare, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                // Files are replaced by rename, never rewritten in place, so the length cannot change under us.
                var content = new byte[stream.Length];
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
                return content;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="content"/> to a new temp file next to <paramref name="target"/>, flushed to disk.</summary>
    /// <returns>The temp file, to be renamed over the target (or deleted).</returns>
    public static async Task<string> WriteTempAsync(string target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            return temp;
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
    }

    /// <summary>Deletes a file if it exists; used for clean-up, where a failure must not hide the real outcome.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
