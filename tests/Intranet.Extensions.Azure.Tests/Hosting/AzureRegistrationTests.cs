using System.Collections.Concurrent;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intranet.Extensions.Azure.Hosting;
using Intranet.Extensions.Azure.Outbox;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Tests.Hosting;

/// <summary>The package resolves from in-memory configuration, chooses a backend per part, registers once, and bad options stop the host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureRegistrationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "azure-reg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task With_an_account_every_part_runs_on_Azure_and_its_containers_and_queues_exist_after_start()
    {
        var (state, documents, queue) = (Names.New("state"), Names.New("docs"), Names.New("outbox"));
        using var host = Build(new()
        {
            ["Intranet:Azure:ConnectionString"] = azurite.ConnectionString,
            ["Intranet:Azure:StateContainer"] = state,
            ["Intranet:Azure:DocumentsContainer"] = documents,
            ["Intranet:Azure:Queue:QueueName"] = queue,
            ["Intranet:Azure:Queue:VisibilityTimeout"] = "00:00:30",
        });

        await host.StartAsync();

        var services = host.Services;
        Assert.IsType<BlobStateStore>(services.GetRequiredService<IStateStore>());
        Assert.IsType<BlobDocumentStore>(services.GetRequiredService<IDocumentStore>());
        Assert.IsType<QueueOutbox>(services.GetRequiredService<IOutbox>());
        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IOptions<AzureStorageOptions>>().Value.Queue.VisibilityTimeout);
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        Assert.True(await blobs.GetBlobContainerClient(state).ExistsAsync());
        Assert.True(await blobs.GetBlobContainerClient(documents).ExistsAsync());
        var queues = new QueueServiceClient(azurite.ConnectionString);
        Assert.True(await queues.GetQueueClient(queue).ExistsAsync());
        Assert.True(await queues.GetQueueClient(queue + "-poison").ExistsAsync());
        var health = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["azure-storage"].Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task With_nothing_configured_the_embedded_defaults_stay()
    {
        using var host = Build([]);

        await host.StartAsync();

        Assert.Equal("FileStateStore", host.Services.GetRequiredService<IStateStore>().GetType().Name);
        Assert.Equal("FileDocumentStore", host.Services.GetRequiredService<IDocumentStore>().GetType().Name);
        Assert.Equal("StateStoreOutbox", host.Services.GetRequiredService<IOutbox>().GetType().Name);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["azure-storage"].Status);
        Assert.Contains("No part runs on Azure", health.Entries["azure-storage"].Description, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Each_part_can_stay_embedded_while_the_others_run_on_Azure()
    {
        using var host = Build(new()
        {
            ["Intranet:Azure:ConnectionString"] = azurite.ConnectionString,
            ["Intranet:Azure:StateContainer"] = Names.New("state"),
            ["Intranet:Azure:DocumentsContainer"] = Names.New("docs"),
            ["Intranet:Azure:State"] = "Embedded",
            ["Intranet:Azure:Outbox"] = "Embedded",
        });

        await host.StartAsync();

        Assert.Equal("FileStateStore", host.Services.GetRequiredService<IStateStore>().GetType().Name);
        Assert.IsType<BlobDocumentStore>(host.Services.GetRequiredService<IDocumentStore>());
        Assert.Equal("StateStoreOutbox", host.Services.GetRequiredService<IOutbox>().GetType().Name);
        await host.StopAsync();
    }

    [Fact]
    public void Adding_the_package_twice_registers_it_once()
    {
        using var host = Build(new() { ["Intranet:Azure:ConnectionString"] = azurite.ConnectionString }, twice: true);

        Assert.Single(host.Services.GetServices<IHostedService>().OfType<QueueOutboxWorker>());
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<AzureStorageInitializer>());
        Assert.Single(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "azure-storage");
        Assert.IsType<BlobStateStore>(host.Services.GetRequiredService<IStateStore>()); // the second call did not wrap the first's choice
    }

    [Theory]
    [InlineData("Intranet:Azure:State", "Azure", "no account is configured")]
    [InlineData("Intranet:Azure:BlobServiceUri", "https://contoso.blob.core.windows.net", "not both")]
    [InlineData("Intranet:Azure:ConnectionString", "not a connection string", "not a storage connection string")]
    [InlineData("Intranet:Azure:StateContainer", "Bad_Name", "StateContainer")]
    [InlineData("Intranet:Azure:Queue:QueueName", "q", "QueueName")]
    [InlineData("Intranet:Azure:Queue:VisibilityTimeout", "00:00:00", "VisibilityTimeout")]
    [InlineData("Intranet:Azure:MaxConnectionsPerEndpoint", "0", "MaxConnectionsPerEndpoint")]
    [InlineData("Intranet:Azure:Queue:BatchSize", "0", "BatchSize")]
    [InlineData("Intranet:Azure:Queue:MaxDequeueCount", "0", "MaxDequeueCount")]
    public async Task Bad_options_fail_at_start(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Intranet:Azure:ConnectionString"] = azurite.ConnectionString, [key] = value };
        if (key == "Intranet:Azure:State")
        {
            settings.Remove("Intranet:Azure:ConnectionString");
        }

        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_endpoint_without_a_queue_endpoint_fails_at_start_unless_the_queue_one_can_be_derived()
    {
        using var unknown = Build(new() { ["Intranet:Azure:BlobServiceUri"] = "https://storage.contoso.example/account" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => unknown.StartAsync());
        Assert.Contains("QueueServiceUri", error.Message, StringComparison.Ordinal);

        using var derived = Build(new() { ["Intranet:Azure:BlobServiceUri"] = "https://contoso.blob.core.windows.net", ["Intranet:Azure:CreateIfNotExists"] = "false" });
        await derived.StartAsync();
        var clients = derived.Services.GetRequiredService<AzureClients>();
        Assert.Equal(new Uri("https://contoso.queue.core.windows.net"), clients.Queues.Uri);
        Assert.Equal("contoso", clients.Blobs.AccountName);
        Assert.Equal("Azure.Identity.DefaultAzureCredential", clients.Credential.GetType().FullName);
        await derived.StopAsync();
    }

    [Fact]
    public async Task A_service_endpoint_authenticates_with_the_hosts_credential_for_the_storage_scope()
    {
        // Loopback and closed: the request fails to connect, after the credential was asked for its token.
        var credential = new RecordingCredential();
        using var host = Build(
            new()
            {
                ["Intranet:Azure:BlobServiceUri"] = "https://127.0.0.1:9/devstoreaccount1",
                ["Intranet:Azure:QueueServiceUri"] = "https://127.0.0.1:9/devstoreaccount1",
                ["Intranet:Azure:CreateIfNotExists"] = "false",
            },
            services: s => s.AddKeyedSingleton<TokenCredential>(AzureServiceKeys.Credential, credential));

        await Assert.ThrowsAnyAsync<Exception>(() => host.Services.GetRequiredService<IStateStore>().GetAsync("probe"));

        Assert.Contains("https://storage.azure.com/.default", credential.Scopes);
    }

    private IHost Build(Dictionary<string, string?> settings, bool twice = false, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        services?.Invoke(builder.Services);
        var intranet = builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = _dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        });
        intranet.AddAzureStorage(builder.Configuration.GetSection(AzureStorageOptions.SectionName));
        if (twice)
        {
            intranet.AddAzureStorage(builder.Configuration.GetSection(AzureStorageOptions.SectionName));
        }

        return builder.Build();
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public ConcurrentBag<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                Scopes.Add(scope);
            }

            return ValueTask.FromResult(new AccessToken("test-token", TimeProvider.System.GetUtcNow().AddHours(1)));
        }
    }
}
