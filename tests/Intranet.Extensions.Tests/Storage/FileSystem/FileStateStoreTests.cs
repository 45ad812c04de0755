using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

public sealed class FileStateStoreTests : IDisposable
{
    private readonly TempDataFolder folder = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly FileStateStore store;

    public FileStateStoreTests() => store = new FileStateStore(folder.Options(), time);

    public void Dispose() => folder.Dispose();

    private static ReadOnlyMemory<byte> Json(string json) => Encoding.UTF8.GetBytes(json);

    private static string Text(StateEntry? entry) => Encoding.UTF8.GetString(entry!.Json.Span);

    [Fact]
    public async Task Get_returns_the_json_exactly_as_written_with_its_etag()
    {
        var etag = await store.PutAsync("ideas/idea-1", Json("""{ "title": "친절 정책", "votes": [1, 2] }"""), WriteCondition.NotExists);

        var entry = await store.GetAsync("ideas/idea-1");

        Assert.Equal("""{ "title": "친절 정책", "votes": [1, 2] }""", Text(entry));
        Assert.Equal(etag, entry!.ETag);
        Assert.Equal("ideas/idea-1", entry.Key);
        Assert.Null(await store.GetAsync("ideas/idea-2"));
    }

    [Fact]
    public async Task The_file_is_an_envelope_with_etag_time_from_the_TimeProvider_and_the_raw_value()
    {
        var etag = await store.PutAsync("manuals/m1", Json("[1,2,3]"), WriteCondition.None);

        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "state", "manuals", "m1.json")))!;

        Assert.Equal(etag.Value, (string?)file["etag"]);
        Assert.Equal(time.GetUtcNow(), file["updated"]!.GetValue<DateTimeOffset>());
        Assert.Equal("[1,2,3]", file["value"]!.ToJsonString());
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
    public async Task Create_only_succeeds_once()
    {
        await store.PutAsync("k", Json("1"), WriteCondition.NotExists);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("k", Json("2"), WriteCondition.NotExists));

        Assert.Equal("k", conflict.Key);
        Assert.Equal("1", Text(await store.GetAsync("k")));
    }

    [Fact]
    public async Task If_match_succeeds_with_the_current_etag()
    {
        var first = await store.PutAsync("k", Json("1"), WriteCondition.NotExists);

        var second = await store.PutAsync("k", Json("2"), WriteCondition.Matches(first));

        var entry = await store.GetAsync("k");
        Assert.Equal("2", Text(entry));
        Assert.Equal(second, entry!.ETag);
    }

    [Fact]
    public async Task A_stale_etag_is_rejected_and_nothing_changes()
    {
        var stale = await store.PutAsync("k", Json("1"), WriteCondition.NotExists);
        var current = await store.PutAsync("k", Json("2"), WriteCondition.Matches(stale));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("k", Json("3"), WriteCondition.Matches(stale)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PutAsync("absent", Json("3"), WriteCondition.Matches(stale)));

        var entry = await store.GetAsync("k");
        Assert.Equal("2", Text(entry));
        Assert.Equal(current, entry!.ETag);
        Assert.Null(await store.GetAsync("absent"));
        Assert.Equal(["k.json", "k.json.lock"], Directory.GetFiles(Path.Combine(folder.Path, "state")).Select(Path.GetFileName).Order());
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

        // A crashed writer's temp file and a stray file are not entries.
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "state", "ideas", "b.json.0123.tmp"), "{");
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "state", "ideas", "notes.txt"), "x");

        async Task<string[]> List(string prefix) => await store.ListAsync(prefix).Select(e => e.Key).ToArrayAsync();

        Assert.Equal(["ideas/B", "ideas/a", "ideas/a.1", "ideas/a/comments/c1", "ideas/b"], await List("ideas/"));
        Assert.Equal(["ideas-archive/x", "ideas/B", "ideas/a", "ideas/a.1", "ideas/a/comments/c1", "ideas/b"], await List("ideas"));
        Assert.Equal(["ideas/a", "ideas/a.1", "ideas/a/comments/c1"], await List("ideas/a"));
        Assert.Equal(keys.Order(StringComparer.Ordinal), await List(""));
        Assert.Empty(await List("nothing/"));
        Assert.Equal("\"ideas/a/comments/c1\"", Text(await store.ListAsync("ideas/a/").SingleAsync()));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("a//b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("a\\b")]
    [InlineData("a b")]
    public async Task Invalid_keys_are_rejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, Json("{}"), WriteCondition.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, WriteCondition.None));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("a//")]
    public async Task Invalid_prefixes_are_rejected(string prefix) =>
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.ListAsync(prefix).ToArrayAsync());

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{} {}")]
    [InlineData("{'a':1}")]
    public async Task Non_json_is_rejected_and_nothing_is_written(string json)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync("k", Json(json), WriteCondition.None));

        Assert.Null(await store.GetAsync("k"));
    }

    [Fact]
    public async Task Concurrent_updates_from_many_tasks_lose_nothing()
    {
        // 20 tasks × 10 increments: long enough runs that reads and writes of different tasks interleave.
        var updates = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await store.UpdateAsync<Counter>("counters/c", c => new Counter((c?.Value ?? 0) + 1));
            }
        }));

        await Task.WhenAll(updates);

        Assert.Equal(200, (await store.GetAsync<Counter>("counters/c"))!.Value.Value);
    }
}
