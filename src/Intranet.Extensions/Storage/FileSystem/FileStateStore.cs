using System.Runtime.CompilerServices;
using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>
/// <see cref="IStateStore"/> on a folder (<c>{DataPath}/state/</c>): one envelope file per key
/// (<c>{key}.json</c>), replaced atomically by rename. The condition check and the rename happen under an
/// exclusive per-key lock file, so conditional writes are safe across threads and processes.
/// </summary>
internal sealed class FileStateStore(IOptions<IntranetOptions> options, TimeProvider timeProvider) : IStateStore
{
    private const string Suffix = ".json";

    private readonly string root = FileStorePaths.Root(options.Value, "state");
    private readonly FileLocks locks = new();

    public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);
        var file = FileOf(key);
        var content = await AtomicFile.ReadAllBytesOrNullAsync(file, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        var (etag, value) = StateEnvelope.Read(content, file);
        return new StateEntry(key, value, etag);
    }

    public async Task<ETag> PutAsync(string key, ReadOnlyMemory<byte> json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);

        // A fresh tag per write (not a content hash): rewriting the same value still invalidates older reads.
        var etag = new ETag(Guid.NewGuid().ToString("N"));
        var envelope = StateEnvelope.Write(etag, timeProvider.GetUtcNow(), json.Span);
        var file = FileOf(key);

        // Cheap early check, so a doomed write skips the flushed temp file; it is repeated under the lock.
        await ThrowUnlessMetAsync(key, file, condition, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = await AtomicFile.WriteTempAsync(file, envelope, cancellationToken).ConfigureAwait(false);
        try
        {
            using (await locks.AcquireAsync(file, cancellationToken).ConfigureAwait(false))
            {
                await ThrowUnlessMetAsync(key, file, condition, cancellationToken).ConfigureAwait(false);
                File.Move(temp, file, overwrite: true);
            }

            return etag;
        }
        finally
        {
            AtomicFile.DeleteQuietly(temp); // nothing left to delete after a successful rename
        }
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);
        var file = FileOf(key);
        if (await CurrentETagAsync(file, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        using (await locks.AcquireAsync(file, cancellationToken).ConfigureAwait(false))
        {
            var current = await CurrentETagAsync(file, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return false;
            }

            if (!condition.IsMetBy(current))
            {
                throw new ConcurrencyConflictException(key);
            }

            File.Delete(file);
            return true;
        }
    }

    public async IAsyncEnumerable<StateEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(prefix, allowTrailingSlash: true);
        foreach (var key in FileStorePaths.FindKeys(root, prefix, Suffix))
        {
            // Skips entries deleted since the folder was listed.
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private string FileOf(string key) => FileStorePaths.FileOf(root, key) + Suffix;

    private async Task ThrowUnlessMetAsync(string key, string file, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (!condition.IsMetBy(await CurrentETagAsync(file, cancellationToken).ConfigureAwait(false)))
        {
            throw new ConcurrencyConflictException(key);
        }
    }

    private static async Task<ETag?> CurrentETagAsync(string file, CancellationToken cancellationToken)
    {
        var content = await AtomicFile.ReadAllBytesOrNullAsync(file, cancellationToken).ConfigureAwait(false);
        return content is null ? null : StateEnvelope.Read(content, file).ETag;
    }
}
