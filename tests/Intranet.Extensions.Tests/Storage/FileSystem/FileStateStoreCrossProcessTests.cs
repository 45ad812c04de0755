using Xunit.Abstractions;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

public sealed class FileStateStoreCrossProcessTests(ITestOutputHelper output) : IDisposable
{
    private const int CountPerProcess = 300;
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Two_processes_updating_the_same_key_never_lose_an_update()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var first = FileStoreHammer.Start(folder.Path, "counters/shared", CountPerProcess);
        await using var second = FileStoreHammer.Start(folder.Path, "counters/shared", CountPerProcess);

        // Both are loaded and waiting before either writes, so their updates really interleave.
        await Task.WhenAll(first.WaitUntilReadyAsync(timeout.Token), second.WaitUntilReadyAsync(timeout.Token));
        first.Go();
        second.Go();
        var results = await Task.WhenAll(first.WaitForExitAsync(timeout.Token), second.WaitForExitAsync(timeout.Token));

        output.WriteLine(string.Join(Environment.NewLine, results)); // attempts > 300 shows the processes collided
        var store = new FileStateStore(folder.Options(), TimeProvider.System);
        var counter = await store.GetAsync<Counter>("counters/shared");
        Assert.Equal(2 * CountPerProcess, counter!.Value.Value);
    }
}
