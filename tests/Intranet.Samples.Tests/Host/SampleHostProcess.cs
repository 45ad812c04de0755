using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Intranet.Extensions.Testing.Processes;

namespace Intranet.Samples.Tests.Host;

/// <summary>
/// The sample host as its own process, started as the README starts it (embedded defaults, demo roster and
/// content), on a free loopback port and a fresh data folder.
/// </summary>
public sealed partial class SampleHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataPath;

    private SampleHostProcess(Process process, string dataPath, Uri inboxUrl)
    {
        _process = process;
        _dataPath = dataPath;
        InboxUrl = inboxUrl;
    }

    /// <summary>The dev inbox address the host printed.</summary>
    public Uri InboxUrl { get; }

    /// <summary>The folder given as <c>Intranet:DataPath</c> (the roster, and the embedded stores when they are used).</summary>
    public string DataPath => _dataPath;

    /// <summary>The host's base address.</summary>
    public Uri BaseAddress => new(InboxUrl, "/");

    public static string DllPath =>
        typeof(SampleHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleHostPath").Value!;

    /// <summary>Runs the host with <paramref name="arguments"/> to completion (e.g. <c>cards export dir</c>).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }

    /// <summary>Starts the host and waits until it prints its dev inbox address.</summary>
    /// <param name="settings">More command-line settings, e.g. <c>--Intranet:Azure:ConnectionString=…</c>.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    public static async Task<SampleHostProcess> StartAsync(IEnumerable<string>? settings = null, CancellationToken cancellationToken = default)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sample-host-" + Guid.NewGuid().ToString("N"));
        var process = Start(["--urls", "http://127.0.0.1:0", $"--Intranet:DataPath={dataPath}", .. settings ?? []]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (InboxLine().Match(line) is { Success: true } match)
            {
                // Keep draining the output so the host never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new SampleHostProcess(process, dataPath, new Uri(match.Groups[1].Value));
            }
        }

        var errors = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        throw new InvalidOperationException($"The sample host exited ({process.ExitCode}) without printing its dev inbox address: {errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = Path.GetDirectoryName(DllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    [GeneratedRegex(@"Dev inbox: (http://\S+/dev/inbox)")]
    private static partial Regex InboxLine();
}
