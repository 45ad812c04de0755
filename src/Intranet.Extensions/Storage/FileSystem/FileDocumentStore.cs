using System.Buffers;
using System.Runtime.CompilerServices;
using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>
/// <see cref="IDocumentStore"/> on a folder (<c>{DataPath}/documents/</c>). A document is a content file per
/// version (<c>{path}.{etag}.content</c>) and a metadata sidecar (<c>{path}.meta</c>) that names the current
/// one. Content is streamed to its own file before the lock is taken; under the per-path lock only the
/// condition check and the sidecar rename happen, so large uploads do not block other writers for long.
/// </summary>
internal sealed class FileDocumentStore(IOptions<IntranetOptions> options, TimeProvider timeProvider) : IDocumentStore
{
    private const string MetadataSuffix = ".meta";
    private const int BufferSize = 81_920;

    private readonly string root = FileStorePaths.Root(options.Value, "documents");
    private readonly FileLocks locks = new();

    public async Task<DocumentInfo> PutAsync(string path, Stream content, string contentType, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var file = FileStorePaths.FileOf(root, path);

        // Early check, so a doomed upload is not copied; it is repeated under the lock.
        ThrowUnlessMet(path, condition, await ReadMetadataAsync(file, cancellationToken).ConfigureAwait(false));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var etag = Guid.NewGuid().ToString("N");
        var contentFile = ContentFileOf(file, etag);
        DocumentMetadata? replaced;
        DocumentMetadata written;
        try
        {
            var length = await CopyToNewFileAsync(content, contentFile, cancellationToken).ConfigureAwait(false);
            written = new DocumentMetadata(contentType, etag, length, timeProvider.GetUtcNow());
            var temp = await AtomicFile.WriteTempAsync(file + MetadataSuffix, written.ToJson(), cancellationToken).ConfigureAwait(false);
            try
            {
                using (await locks.AcquireAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    replaced = await ReadMetadataAsync(file, cancellationToken).ConfigureAwait(false);
                    ThrowUnlessMet(path, condition, replaced);
                    File.Move(temp, file + MetadataSuffix, overwrite: true);
                }
            }
            finally
            {
                AtomicFile.DeleteQuietly(temp);
            }
        }
        catch
        {
            AtomicFile.DeleteQuietly(contentFile);
            throw;
        }

        // Readers that still hold the old version open keep reading it; new readers follow the sidecar.
        if (replaced is not null)
        {
            AtomicFile.DeleteQuietly(ContentFileOf(file, replaced.ETag));
        }

        return written.ToInfo(path);
    }

    public async Task<DocumentContent?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        var file = FileStorePaths.FileOf(root, path);
        string? missing = null;
        while (true)
        {
            var metadata = await ReadMetadataAsync(file, cancellationToken).ConfigureAwait(false);
            if (metadata is null)
            {
                return null;
            }

            try
            {
                var stream = new FileStream(
                    ContentFileOf(file, metadata.ETag), FileMode.Open, FileAccess.Read, AtomicFile.ReaderShare,
                    BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
                return new DocumentContent(metadata.ToInfo(path), stream);
            }
            catch (FileNotFoundException) when (metadata.ETag != missing)
            {
                // A writer replaced the version between our two reads: follow the new sidecar.
                missing = metadata.ETag;
            }
        }
    }

    public async Task<bool> DeleteAsync(string path, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        var file = FileStorePaths.FileOf(root, path);
        if (await ReadMetadataAsync(file, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        DocumentMetadata? deleted;
        using (await locks.AcquireAsync(file, cancellationToken).ConfigureAwait(false))
        {
            deleted = await ReadMetadataAsync(file, cancellationToken).ConfigureAwait(false);
            if (deleted is null)
            {
                return false;
            }

            ThrowUnlessMet(path, condition, deleted);
            File.Delete(file + MetadataSuffix);
        }

        AtomicFile.DeleteQuietly(ContentFileOf(file, deleted.ETag));
        return true;
    }

    public async IAsyncEnumerable<DocumentInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(prefix, allowTrailingSlash: true);
        foreach (var path in FileStorePaths.FindKeys(root, prefix, MetadataSuffix))
        {
            var metadata = await ReadMetadataAsync(FileStorePaths.FileOf(root, path), cancellationToken).ConfigureAwait(false);
            if (metadata is not null)
            {
                yield return metadata.ToInfo(path);
            }
        }
    }

    // The ETag has no '.', so "{path}.{etag}.content" never collides with another document's files.
    private static string ContentFileOf(string file, string etag) => $"{file}.{etag}.content";

    private static void ThrowUnlessMet(string path, WriteCondition condition, DocumentMetadata? current)
    {
        if (!condition.IsMetBy(current is null ? null : new ETag(current.ETag)))
        {
            throw new ConcurrencyConflictException(path);
        }
    }

    private static async Task<DocumentMetadata?> ReadMetadataAsync(string file, CancellationToken cancellationToken)
    {
        var metadataFile = file + MetadataSuffix;
        var content = await AtomicFile.ReadAllBytesOrNullAsync(metadataFile, cancellationToken).ConfigureAwait(false);
        return content is null ? null : DocumentMetadata.Parse(content, metadataFile);
    }

    private static async Task<long> CopyToNewFileAsync(Stream source, string file, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (target.ConfigureAwait(false))
            {
                long length = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    length += read;
                }

                target.Flush(flushToDisk: true);
                return length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
