using System.Net;
using System.Net.Sockets;
using Intranet.Extensions.Testing.Processes;
using Intranet.Extensions.Testing.Repository;
using Xunit;

namespace Intranet.Extensions.Testing.Azurite;

/// <summary>
/// Runs Azurite (blob and queue; npm <c>azurite</c> from tests/tools) on free loopback ports with an empty temp
/// folder. Use as a class or collection fixture; it can be stopped and started again on the same ports and data.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The development storage account name Azurite accepts.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The public, well-known development storage key Azurite accepts (not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string Script = "node_modules/azurite/dist/src/azurite.js";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    private NodeProcess? _process;
    private int _blobPort;
    private int _queuePort;
    private int _tablePort;

    /// <summary>Gets the folder Azurite stores its data in; it survives <see cref="StopAsync"/>.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("azurite-").FullName;

    /// <summary>Gets the blob endpoint, for example <c>http://127.0.0.1:PORT/devstoreaccount1</c>.</summary>
    public Uri BlobServiceUri => new($"http://127.0.0.1:{RequirePort(_blobPort)}/{AccountName}");

    /// <summary>Gets the queue endpoint, for example <c>http://127.0.0.1:PORT/devstoreaccount1</c>.</summary>
    public Uri QueueServiceUri => new($"http://127.0.0.1:{RequirePort(_queuePort)}/{AccountName}");

    /// <summary>Gets a storage connection string for the blob and queue endpoints.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobServiceUri};QueueEndpoint={QueueServiceUri};";

    /// <summary>Gets a value indicating whether Azurite is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Prerequisites.RequireNodeModules("azurite");

        // A free port found here can be taken by someone else before Azurite binds it: retry with new ports.
        for (var attempt = 1; ; attempt++)
        {
            (_blobPort, _queuePort, _tablePort) = (FreePort(), FreePort(), FreePort());
            try
            {
                await StartAgainAsync();
                return;
            }
            catch (AzuriteStartException) when (attempt < StartAttempts)
            {
            }
        }
    }

    /// <summary>Stops Azurite cleanly (it saves its data); the ports and data folder are kept.</summary>
    /// <returns>A task that completes when the process has ended.</returns>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.StopAsync(StopGracePeriod);
            await process.DisposeAsync();
        }
    }

    /// <summary>Starts Azurite again on the same ports and data folder, after <see cref="StopAsync"/>.</summary>
    /// <returns>A task that completes when both endpoints accept connections.</returns>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        RequirePort(_blobPort);
        var process = NodeProcess.Start(Script,
        [
            "--location", DataDirectory,
            "--blobHost", "127.0.0.1", "--blobPort", _blobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", _queuePort.ToString(),
            // Azurite always starts its table service too; it gets a port nobody uses.
            "--tableHost", "127.0.0.1", "--tablePort", _tablePort.ToString(),
            "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
        ]);
        try
        {
            await WaitUntilListeningAsync(process);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        _process = process;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }

    private async Task WaitUntilListeningAsync(NodeProcess process)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        foreach (var port in new[] { _blobPort, _queuePort })
        {
            while (!await AcceptsConnectionsAsync(port))
            {
                if (process.HasExited)
                {
                    await process.WaitForExitAsync(); // Drains its last lines into the message.
                    throw new AzuriteStartException($"Azurite exited while starting:{Environment.NewLine}{process.Output}");
                }

                if (timeout.IsCancellationRequested)
                {
                    throw new AzuriteStartException(
                        $"Azurite did not listen on port {port} within {StartTimeout}:{Environment.NewLine}{process.Output}");
                }

                await Task.Delay(PollInterval);
            }
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int RequirePort(int port) =>
        port != 0 ? port : throw new InvalidOperationException("Azurite has not been started: call InitializeAsync first.");

    private sealed class AzuriteStartException(string message) : Exception(message);
}
