using Intranet.Extensions.Hosting;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

public sealed class FileSystemRegistrationTests : IDisposable
{
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_runtime_registers_file_stores_under_the_data_path()
    {
        var services = new ServiceCollection();
        services.AddIntranetExtensions(o => o.DataPath = folder.Path);
        await using var provider = services.BuildServiceProvider();

        var state = provider.GetRequiredService<IStateStore>();
        var documents = provider.GetRequiredService<IDocumentStore>();
        await state.PutAsync("k", "{}"u8.ToArray(), WriteCondition.None);
        await documents.PutAsync("d.txt", new MemoryStream([1]), "text/plain", WriteCondition.None);

        Assert.IsType<FileStateStore>(state);
        Assert.IsType<FileDocumentStore>(documents);
        Assert.Same(state, provider.GetRequiredService<IStateStore>());
        Assert.True(File.Exists(Path.Combine(folder.Path, "state", "k.json")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "documents", "d.txt.meta")));
    }

    [Fact]
    public void A_store_registered_first_is_kept()
    {
        var services = new ServiceCollection();
        var mine = new Moq.Mock<IStateStore>().Object;
        services.AddSingleton(mine);
        services.AddIntranetExtensions(o => o.DataPath = folder.Path);
        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IStateStore>());
        Assert.IsType<FileDocumentStore>(provider.GetRequiredService<IDocumentStore>());
    }
}
