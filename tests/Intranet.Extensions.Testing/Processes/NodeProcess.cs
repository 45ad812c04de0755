using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Intranet.Extensions.Testing.Repository;

namespace Intranet.Extensions.Testing.Processes;

/// <summary>
/// A Node.js script started from tests/tools with its output captured; stopping it asks politely first
/// (SIGTERM, so servers such as Azurite flush their state) and then kills the whole process tree.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private const int MaxCapturedLines = 200;
    private static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    // Completed and replaced whenever a line arrives or the process exits, so waiters never poll.
    private TaskCompletionSource _changed = NewSignal();
    private int _disposed;

    private NodeProcess(Process process) => _process = process;

    /// <summary>Gets the operating system id of the node process.</summary>
    public int Id => _process.Id;

    /// <summary>Gets a value indicating whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Gets the last lines the process wrote to stdout and stderr, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts <c>node <paramref name="scriptPath"/> <paramref name="arguments"/></c> in tests/tools.</summary>
    /// <param name="scriptPath">The script, absolute or relative to tests/tools.</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <returns>The running process.</returns>
    public static NodeProcess Start(string scriptPath, IEnumerable<string> arguments)
    {
        var process = new Process
        {
            StartInfo = CreateStartInfo(scriptPath, arguments, redirectInput: false),
            EnableRaisingEvents = true,
        };
        var node = new NodeProcess(process);
        process.OutputDataReceived += (_, e) => node.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => node.Capture(e.Data);
        process.Exited += (_, _) => node.Signal();
        try
        {
            StartOrExplain(process);
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Runs a script to completion, feeding it <paramref name="standardInput"/>.</summary>
    /// <param name="scriptPath">The script, absolute or relative to tests/tools.</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <param name="standardInput">The text written to the script's stdin, which is then closed.</param>
    /// <param name="cancellationToken">Cancels the run and kills the process.</param>
    /// <returns>The exit code and everything the script wrote.</returns>
    public static async Task<NodeProcessResult> RunAsync(
        string scriptPath, IEnumerable<string> arguments, string standardInput, CancellationToken cancellationToken = default)
    {
        using var process = new Process { StartInfo = CreateStartInfo(scriptPath, arguments, redirectInput: true) };
        StartOrExplain(process);
        try
        {
            // Read both streams while writing stdin: a full pipe on either side would otherwise deadlock.
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
            return new NodeProcessResult(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw;
        }
    }

    /// <summary>Waits until the process writes a line containing <paramref name="text"/>.</summary>
    /// <param name="text">The text to wait for, for example a "listening" message.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the text has appeared.</returns>
    /// <exception cref="InvalidOperationException">The process ended without writing the text.</exception>
    public async Task WaitForOutputAsync(string text, CancellationToken cancellationToken = default)
    {
        while (!HasWritten(text))
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (_process.HasExited)
            {
                // Exit can be seen before the last lines are read: drain them, then decide.
                await _process.WaitForExitAsync(cancellationToken);
                if (HasWritten(text))
                {
                    return;
                }

                throw new InvalidOperationException($"node exited without writing '{text}':{Environment.NewLine}{Output}");
            }

            if (!HasWritten(text))
            {
                await changed.WaitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Waits until the process ends on its own.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the process has ended.</returns>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Sends SIGTERM, waits up to <paramref name="gracePeriod"/>, then kills the process tree.</summary>
    /// <param name="gracePeriod">How long the process may take to shut down cleanly.</param>
    /// <returns>A task that completes when the process has ended.</returns>
    public async Task StopAsync(TimeSpan gracePeriod)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows() && NativeMethods.Kill(_process.Id, NativeMethods.SigTerm) == 0)
        {
            using var grace = new CancellationTokenSource(gracePeriod);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                // It did not shut down in time: fall through to killing it.
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await StopAsync(DefaultGracePeriod);
            _process.Dispose();
        }
    }

    private static ProcessStartInfo CreateStartInfo(string scriptPath, IEnumerable<string> arguments, bool redirectInput)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.TestTools,
            UseShellExecute = false,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = redirectInput ? utf8 : null,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.TestTools, scriptPath));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private static void StartOrExplain(Process process)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Could not start 'node' ({exception.Message}); Node.js 20 or later must be on PATH.", exception);
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > MaxCapturedLines && _output.TryDequeue(out _))
        {
        }

        Signal();
    }

    private bool HasWritten(string text) => _output.Any(line => line.Contains(text, StringComparison.Ordinal));

    private void Signal() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static class NativeMethods
    {
        public const int SigTerm = 15;

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
    }
}
