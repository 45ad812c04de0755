using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>
/// One host instance: the real runtime with the Azure package on the setup's Azurite account, the connector channel as
/// its default channel, its workers running (the outbox's queue worker; the scheduler's only when asked).
/// Several instances of one setup are several hosts sharing an account.
/// </summary>
internal sealed class AzureInstance : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private AzureInstance(IHost host, ConnectorChannel channel, LogCounter logs)
    {
        _host = host;
        Channel = channel;
        Logs = logs;
    }

    /// <summary>The warnings and errors this instance logged.</summary>
    public LogCounter Logs { get; }

    public IServiceProvider Services => _host.Services;

    public ConnectorChannel Channel { get; }

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public static async Task<AzureInstance> StartAsync(
        AzureSetup setup,
        Action<IntranetOptions>? runtime = null,
        Action<AzureStorageOptions>? azure = null,
        Action<IIntranetBuilder>? plugins = null,
        Action<IServiceCollection>? services = null,
        Func<ConnectorChannel, IDeliveryChannel>? wrapChannel = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var logs = new LogCounter();
        builder.Logging.AddProvider(logs);
        if (Environment.GetEnvironmentVariable("AZURE_TESTS_LOG") is "1")
        {
            builder.Logging.AddSimpleConsole();
        }

        var channel = setup.NewChannel();
        var intranet = builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = setup.DataPath;
            o.DefaultChannel = channel.Name;
            o.Scheduler.RunWorker = false;
            o.Outbox.Parallelism = 16;
            o.Outbox.FirstRetryDelay = TimeSpan.FromMilliseconds(500);
            o.Outbox.MaxRetryDelay = TimeSpan.FromSeconds(2);
            runtime?.Invoke(o);
        }).AddAzureStorage(o =>
        {
            o.ConnectionString = setup.Azurite.ConnectionString;
            o.StateContainer = setup.StateContainer;
            o.DocumentsContainer = setup.DocumentsContainer;
            o.Queue.QueueName = setup.QueueName;
            o.Queue.IdlePollInterval = TimeSpan.FromMilliseconds(200);
            azure?.Invoke(o);
        });
        plugins?.Invoke(intranet);
        builder.Services.AddSingleton(wrapChannel?.Invoke(channel) ?? channel);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new AzureInstance(host, channel, logs);
    }

    /// <summary>
    /// Kills the instance mid-way: its stop is cancelled at once (nothing waits for its batches to finish) and its
    /// services are disposed. Sends already on the wire complete (they never are cut short, see BatchHandler);
    /// everything else it held comes back to the others through the queue's visibility timeout.
    /// </summary>
    public async Task KillAsync()
    {
        _stopped = true;
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await _host.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
        }

        _host.Dispose();
    }

    /// <summary>Stops the instance the ordinary way (a deploy, a scale-in): it waits for the sends it started.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await _host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }

        _host.Dispose();
    }
}
