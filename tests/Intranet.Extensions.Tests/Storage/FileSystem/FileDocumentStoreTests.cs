using System.Security.Cryptography;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

public sealed class FileDocumentStoreTests : IDisposable
{
    private readonly TempDataFolder folder = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 4, 1, 2, 3, TimeSpan.Zero));
    private readonly FileDocumentStore store;

    public FileDocumentStoreTests() => store = new FileDocumentStore(folder.Options(), time);

    public void Dispose() => folder.Dispose();

    private static MemoryStream Content(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private static async Task<byte[]> ReadAllAsync(DocumentContent document)
    {
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_5_MB_stream_round_trips_with_content_type_and_length()
    {
        var bytes = RandomNumberGenerator.GetBytes(5 * 1024 * 1024);

        var info = await store.PutAsync("manuals/complaints/v1.pdf", new MemoryStream(bytes), "application/pdf", WriteCondition.NotExists);

        Assert.Equal(new DocumentInfo("manuals/complaints/v1.pdf", "application/pdf", bytes.Length, info.ETag, time.GetUtcNow()), info);
        await using var document = await store.OpenReadAsync("manuals/complaints/v1.pdf");
        Assert.Equal(info, document!.Info);
        Assert.Equal(bytes, await ReadAllAsync(document));
    }

    [Fact]
    public async Task An_absent_document_reads_as_null()
    {
        Assert.Null(await store.OpenReadAsync("manuals/none.pdf"));
        Assert.False(await store.DeleteAsync("manuals/none.pdf", WriteCondition.None));
    }

    [Fact]
    public async Task A_reader_keeps_its_version_while_a_writer_replaces_it()
    {
        var first = await store.PutAsync("m.txt", Content("first"), "text/plain", WriteCondition.None);
        await using var old = await store.OpenReadAsync("m.txt");

        var second = await store.PutAsync("m.txt", Content("second version"), "text/markdown", WriteCondition.Matches(first.ETag));

        Assert.Equal("first"u8.ToArray(), await ReadAllAsync(old!));
        await using var current = await store.OpenReadAsync("m.txt");
        Assert.Equal(second, current!.Info);
        Assert.Equal("text/markdown", current.Info.ContentType);
        Assert.Equal("second version"u8.ToArray(), await ReadAllAsync(current));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Failed_conditions_throw_and_change_nothing()
    {
        var first = await store.PutAsync("m.txt", Content("one"), "text/plain", WriteCondition.NotExists);
        var second = await store.PutAsync("m.txt", Content("two"), "text/plain", WriteCondition.Matches(first.ETag));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("m.txt", Content("x"), "text/plain", WriteCondition.NotExists));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("m.txt", Content("x"), "text/plain", WriteCondition.Matches(first.ETag)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("m.txt", WriteCondition.Matches(first.ETag)));

        await using var document = await store.OpenReadAsync("m.txt");
        Assert.Equal(second, document!.Info);
        Assert.Equal("two"u8.ToArray(), await ReadAllAsync(document));

        // Only the current version's content, its sidecar and the lock file remain.
        Assert.Equal(
            [$"m.txt.{second.ETag}.content", "m.txt.lock", "m.txt.meta"],
            Directory.GetFiles(Path.Combine(folder.Path, "documents")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Delete_with_the_current_etag_removes_content_and_metadata()
    {
        var info = await store.PutAsync("a/m.txt", Content("one"), "text/plain", WriteCondition.None);

        Assert.True(await store.DeleteAsync("a/m.txt", WriteCondition.Matches(info.ETag)));

        Assert.Null(await store.OpenReadAsync("a/m.txt"));
        Assert.Equal(["m.txt.lock"], Directory.GetFiles(Path.Combine(folder.Path, "documents", "a")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task List_returns_documents_under_a_prefix_in_path_order()
    {
        foreach (var path in new[] { "manuals/b.pdf", "manuals/a.pdf", "manuals/a.pdf.meta", "ideas/x.png" })
        {
            await store.PutAsync(path, Content(path), "application/octet-stream", WriteCondition.None);
        }

        var listed = await store.ListAsync("manuals/").ToArrayAsync();

        Assert.Equal(["manuals/a.pdf", "manuals/a.pdf.meta", "manuals/b.pdf"], listed.Select(d => d.Path));
        Assert.Equal("manuals/b.pdf".Length, listed[2].Length);
    }

    [Theory]
    [InlineData("../secret.pdf")]
    [InlineData("a//b.pdf")]
    [InlineData("")]
    public async Task Invalid_paths_are_rejected(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(path, Content("x"), "text/plain", WriteCondition.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(path, WriteCondition.None));
    }
}
