using Intranet.Extensions.Storage.FileSystem;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

public sealed class FileLocksTests : IDisposable
{
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_lock_file_held_through_another_instance_blocks_until_released()
    {
        // Two FileLocks share no semaphore, like two processes: only the lock file keeps them apart.
        var file = Path.Combine(folder.Path, "k.json");
        var held = await new FileLocks().AcquireAsync(file, CancellationToken.None);

        var waiting = new FileLocks().AcquireAsync(file, CancellationToken.None);
        Assert.False(waiting.IsCompleted); // without an exclusive lock file the first try would have succeeded at once

        held.Dispose();
        (await waiting).Dispose();
        Assert.True(File.Exists(file + ".lock"));
    }

    [Fact]
    public async Task Waiting_for_a_lock_can_be_cancelled()
    {
        var file = Path.Combine(folder.Path, "k.json");
        using var held = await new FileLocks().AcquireAsync(file, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = new FileLocks().AcquireAsync(file, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Threads_of_one_instance_take_turns()
    {
        var locks = new FileLocks();
        var file = Path.Combine(folder.Path, "k.json");
        var held = await locks.AcquireAsync(file, CancellationToken.None);

        var waiting = locks.AcquireAsync(file, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        held.Dispose();
        (await waiting).Dispose();
    }
}
