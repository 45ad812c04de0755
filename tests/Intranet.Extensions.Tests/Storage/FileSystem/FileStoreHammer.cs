using System.Diagnostics;
using System.Reflection;

namespace Intranet.Extensions.Tests.Storage.FileSystem;

/// <summary>
/// Runs tests/Intranet.Extensions.FileStoreHammer as a separate process. The build bakes the hammer's output
/// path into this assembly (see the test csproj), so it works for any configuration or output folder.
/// </summary>
public sealed class FileStoreHammer : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> standardError;

    private FileStoreHammer(Process process)
    {
        this.process = process;
        standardError = process.StandardError.ReadToEndAsync();
    }

    public static string DllPath
    {
        get
        {
            var path = typeof(FileStoreHammer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "FileStoreHammerPath")?.Value;
            return path is not null && File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"The file store hammer was not built (expected at '{path}'); build tests/Intranet.Extensions.Tests, which builds it first.");
        }
    }

    /// <summary>Starts the hammer; it prints "ready" and waits for <see cref="Go"/>.</summary>
    public static FileStoreHammer Start(string dataPath, string key, int count)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { DllPath, dataPath, key, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return new FileStoreHammer(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        Assert.True(line == "ready", $"The hammer said '{line}' instead of 'ready'. {await StandardErrorIfExitedAsync()}");
    }

    public void Go()
    {
        process.StandardInput.WriteLine("go");
        process.StandardInput.Flush();
    }

    /// <summary>Waits for the exit and returns the last line ("done attempts=N").</summary>
    public async Task<string> WaitForExitAsync(CancellationToken cancellationToken)
    {
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"The hammer exited with {process.ExitCode}: {await standardError}");
        return output.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task<string> StandardErrorIfExitedAsync() => process.HasExited ? await standardError : string.Empty;

    // The dotnet CLI tells child processes where it is; fall back to the running host, then to PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
