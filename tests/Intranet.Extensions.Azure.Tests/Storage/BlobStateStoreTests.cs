using System.Text;
using Azure.Storage.Blobs;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Azure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStateStoreTests(AzuriteFixture azurite)
{
    private readonly BlobStateStore store = Stores.State(azurite);

    private static ReadOnlyMemory<byte> Json(string json) => Encoding.UTF8.GetBytes(json);

    private static string Text(StateEntry? entry) => Encoding.UTF8.GetString(entry!.Json.Span);

    [Fact]
    public async Task Get_returns_the_json_exactly_as_written_with_the_blob_etag()
    {
        var etag = await store.PutAsync("ideas/idea-1", Json("""{ "title": "친절 정책", "votes": [1, 2] }"""), WriteCondition.NotExists);

        var entry = await store.GetAsync("ideas/idea-1");

        Assert.Equal("""{ "title": "친절 정책", "votes": [1, 2] }""", Text(entry));
        Assert.Equal(etag, entry!.ETag);
        Assert.Equal("ideas/idea-1", entry.Key);
        Assert.Null(await store.GetAsync("ideas/idea-2"));

        // The blob is named by the key and holds the JSON as is: other tools can read the container.
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(store.ContainerName).GetBlobClient("ideas/idea-1");
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(etag.Value, properties.ETag.ToString());
        Assert.StartsWith("application/json", properties.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_the_same_content_twice_changes_the_etag()
    {
        var first = await store.PutAsync("k", Json("{}"), WriteCondition.None);
        var second = await store.PutAsync("k", Json("{}"), WriteCondition.None);

        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("k", Json("{}"), WriteCondition.Matches(first)));
    }

    [Fact]
    public async Task Create_only_succeeds_once_if_none_match_star()
    {
        await store.PutAsync("k", Json("1"), WriteCondition.NotExists);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("k", Json("2"), WriteCondition.NotExists));

        Assert.Equal("k", conflict.Key);
        Assert.Equal("1", Text(await store.GetAsync("k")));
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_nothing_changes()
    {
        var stale = await store.PutAsync("k", Json("1"), WriteCondition.NotExists);
        var current = await store.PutAsync("k", Json("2"), WriteCondition.Matches(stale));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("k", Json("3"), WriteCondition.Matches(stale)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("absent", Json("3"), WriteCondition.Matches(stale)));

        var entry = await store.GetAsync("k");
        Assert.Equal("2", Text(entry));
        Assert.Equal(current, entry!.ETag);
        Assert.Null(await store.GetAsync("absent"));
    }

    [Fact]
    public async Task Delete_honours_its_condition()
    {
        var stale = await store.PutAsync("k", Json("1"), WriteCondition.None);
        var current = await store.PutAsync("k", Json("2"), WriteCondition.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("k", WriteCondition.Matches(stale)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("k", WriteCondition.NotExists));
        Assert.Equal("2", Text(await store.GetAsync("k")));

        Assert.True(await store.DeleteAsync("k", WriteCondition.Matches(current)));
        Assert.Null(await store.GetAsync("k"));
        Assert.False(await store.DeleteAsync("k", WriteCondition.None));
        Assert.False(await store.DeleteAsync("k", WriteCondition.Matches(current)));
        await store.PutAsync("k", Json("3"), WriteCondition.NotExists); // gone means create-only works again
    }

    [Fact]
    public async Task List_returns_the_keys_under_a_prefix_in_ordinal_order()
    {
        string[] keys = ["ideas/b", "ideas/a", "ideas/a/comments/c1", "ideas/B", "ideas-archive/x", "idea", "other/ideas/z", "ideas/a.1"];
        foreach (var key in keys)
        {
            await store.PutAsync(key, Json($"\"{key}\""), WriteCondition.None);
        }

        // A blob put there by another tool whose name is not a valid key is not an entry.
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(store.ContainerName);
        await container.GetBlobClient("ideas/notes with spaces.txt").UploadAsync(BinaryData.FromString("x"));

        async Task<string[]> List(string prefix) => await store.ListAsync(prefix).Select(e => e.Key).ToArrayAsync();

        Assert.Equal(["ideas/B", "ideas/a", "ideas/a.1", "ideas/a/comments/c1", "ideas/b"], await List("ideas/"));
        Assert.Equal(["ideas-archive/x", "ideas/B", "ideas/a", "ideas/a.1", "ideas/a/comments/c1", "ideas/b"], await List("ideas"));
        Assert.Equal(["ideas/a", "ideas/a.1", "ideas/a/comments/c1"], await List("ideas/a"));
        Assert.Equal(keys.Order(StringComparer.Ordinal), await List(""));
        Assert.Empty(await List("nothing/"));
        Assert.Equal("\"ideas/a/comments/c1\"", Text(await store.ListAsync("ideas/a/").SingleAsync()));
    }

    [Fact]
    public async Task A_listing_of_many_entries_streams_them_in_order_with_their_etags()
    {
        var written = new Dictionary<string, ETag>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 300), async (i, ct) =>
        {
            var key = $"many/{i:D4}";
            var etag = await store.PutAsync(key, Json(i.ToString()), WriteCondition.NotExists, ct);
            lock (written)
            {
                written[key] = etag;
            }
        });

        var listed = await store.ListAsync("many/").ToListAsync();

        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), listed.Select(e => e.Key));
        Assert.All(listed, e => Assert.Equal(written[e.Key], e.ETag));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => i.ToString()), listed.Select(e => Encoding.UTF8.GetString(e.Json.Span)));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a//b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("a b")]
    public async Task Invalid_keys_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, Json("{}"), WriteCondition.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, WriteCondition.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{} {}")]
    [InlineData("{'a':1}")]
    public async Task Non_json_is_refused_and_nothing_is_written(string json)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync("k", Json(json), WriteCondition.None));

        Assert.Null(await store.GetAsync("k"));
    }

    [Fact]
    public async Task The_container_is_created_on_first_use()
    {
        var name = Names.New("lazy");
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(name);
        Assert.False(await container.ExistsAsync());

        var lazy = new BlobStateStore(new BlobContainer(container, createIfNotExists: true));
        Assert.Null(await lazy.GetAsync("anything"));

        Assert.True(await container.ExistsAsync());
    }
}
