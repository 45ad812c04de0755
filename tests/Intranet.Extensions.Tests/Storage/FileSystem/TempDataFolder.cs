using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

/// <summary>An empty data folder per test, deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "intranet-tests", Guid.NewGuid().ToString("N"));

    public IOptions<IntranetOptions> Options(Action<IntranetOptions>? configure = null)
    {
        var options = new IntranetOptions { DataPath = Path };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
