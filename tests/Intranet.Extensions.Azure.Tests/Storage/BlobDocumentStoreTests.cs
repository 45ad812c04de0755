using System.Security.Cryptography;
using System.Text;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Azure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite)
{
    private readonly BlobDocumentStore store = Stores.Documents(azurite);

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_document_round_trips_with_its_description()
    {
        var written = await store.PutAsync("manuals/m1/v1.pdf", Text("%PDF-1.7 매뉴얼"), "application/pdf", WriteCondition.NotExists);

        await using var read = await store.OpenReadAsync("manuals/m1/v1.pdf");

        Assert.NotNull(read);
        Assert.Equal(written.ETag, read.Info.ETag);
        Assert.Equal(("application/pdf", Encoding.UTF8.GetByteCount("%PDF-1.7 매뉴얼")), (read.Info.ContentType, read.Info.Length));
        Assert.Equal(written.Length, read.Info.Length);
        using var reader = new StreamReader(read.Content);
        Assert.Equal("%PDF-1.7 매뉴얼", await reader.ReadToEndAsync());
        Assert.Null(await store.OpenReadAsync("manuals/m1/v2.pdf"));
    }

    [Fact]
    public async Task A_large_document_streams_up_in_blocks_and_down_unchanged()
    {
        // 20 MiB through a stream that cannot seek and hands out small reads: the store cannot buffer it whole by accident.
        const int size = 20 * 1024 * 1024;
        var content = new byte[size];
        new Random(42).NextBytes(content);

        var written = await store.PutAsync("manuals/big.pdf", new TrickleStream(content), "application/pdf", WriteCondition.NotExists);

        Assert.Equal(size, written.Length);
        await using var read = await store.OpenReadAsync("manuals/big.pdf");
        Assert.Equal(size, read!.Info.Length);
        using var sha = SHA256.Create();
        Assert.Equal(SHA256.HashData(content), await sha.ComputeHashAsync(read.Content));
    }

    [Fact]
    public async Task Conditions_hold_for_documents_and_a_doomed_upload_changes_nothing()
    {
        var first = await store.PutAsync("d/a.txt", Text("one"), "text/plain", WriteCondition.NotExists);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("d/a.txt", Text("two"), "text/plain", WriteCondition.NotExists));
        var second = await store.PutAsync("d/a.txt", Text("two"), "text/plain", WriteCondition.Matches(first.ETag));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("d/a.txt", Text("three"), "text/plain", WriteCondition.Matches(first.ETag)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("d/a.txt", WriteCondition.Matches(first.ETag)));

        await using (var read = await store.OpenReadAsync("d/a.txt"))
        {
            Assert.Equal(second.ETag, read!.Info.ETag);
            Assert.Equal("two", await new StreamReader(read.Content).ReadToEndAsync());
        }

        Assert.True(await store.DeleteAsync("d/a.txt", WriteCondition.Matches(second.ETag)));
        Assert.False(await store.DeleteAsync("d/a.txt", WriteCondition.None));
    }

    [Fact]
    public async Task Listing_by_prefix_describes_each_document_without_reading_it()
    {
        await store.PutAsync("m/1/a.pdf", Text("aa"), "application/pdf", WriteCondition.None);
        await store.PutAsync("m/1/b.png", Text("bbb"), "image/png", WriteCondition.None);
        await store.PutAsync("m/10/c.pdf", Text("c"), "application/pdf", WriteCondition.None);

        var listed = await store.ListAsync("m/1/").ToListAsync();

        Assert.Equal(["m/1/a.pdf", "m/1/b.png"], listed.Select(d => d.Path));
        Assert.Equal([("application/pdf", 2L), ("image/png", 3L)], listed.Select(d => (d.ContentType, d.Length)));
        Assert.Equal(3, (await store.ListAsync("m/").ToListAsync()).Count);
    }

    /// <summary>A forward-only stream that returns at most 64 KiB per read.</summary>
    private sealed class TrickleStream(byte[] content) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 64 * 1024), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
