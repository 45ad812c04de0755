using System.Net;
using System.Net.Sockets;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intranet.Extensions.Azure.Tests.Health;

[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageHealthCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthy_while_the_account_answers_naming_what_it_probed()
    {
        await using var services = Services(azurite.ConnectionString);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["azure-storage"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains("container", entry.Description, StringComparison.Ordinal);
        Assert.Contains("queue", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_the_account_does_not_answer_saying_which_container()
    {
        // An account on a loopback port nobody listens on.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dead = azurite.ConnectionString
            .Replace(azurite.BlobServiceUri.ToString(), $"http://127.0.0.1:{port}/{AzuriteFixture.AccountName}", StringComparison.Ordinal)
            .Replace(azurite.QueueServiceUri.ToString(), $"http://127.0.0.1:{port}/{AzuriteFixture.AccountName}", StringComparison.Ordinal);
        await using var services = Services(dead);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["azure-storage"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("Azure Storage container ", entry.Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions(o =>
        {
            o.DataPath = Path.Combine(Path.GetTempPath(), "azure-health-" + Guid.NewGuid().ToString("N"));
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAzureStorage(o =>
        {
            o.ConnectionString = connectionString;
            o.StateContainer = Names.New("state");
            o.DocumentsContainer = Names.New("docs");
            o.Queue.QueueName = Names.New("outbox");
        });
        return services.BuildServiceProvider();
    }
}
