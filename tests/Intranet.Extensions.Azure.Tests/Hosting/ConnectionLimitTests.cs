using Intranet.Extensions.Azure.Hosting;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Tests.Hosting;

/// <summary>
/// <c>MaxConnectionsPerEndpoint</c> bounds the sockets a burst opens: a blob endpoint that holds each request open a
/// moment never sees more requests at once than the bound (HTTP/1.1 carries one request per connection at a time).
/// </summary>
public sealed class ConnectionLimitTests
{
    private const int Burst = 100;

    [Fact]
    public async Task A_burst_of_reads_uses_at_most_the_configured_connections_and_every_read_is_answered()
    {
        await using var endpoint = new SlowBlobEndpoint();
        await endpoint.StartAsync();

        await ReadAllAtOnceAsync(endpoint, maxConnections: 4);

        Assert.Equal(Burst, endpoint.Answered);
        Assert.InRange(endpoint.MostAtOnce, 1, 4);
    }

    [Fact]
    public async Task Without_a_tight_bound_the_same_burst_arrives_many_at_once()
    {
        await using var endpoint = new SlowBlobEndpoint();
        await endpoint.StartAsync();

        await ReadAllAtOnceAsync(endpoint, maxConnections: 10_000);

        Assert.Equal(Burst, endpoint.Answered);
        Assert.True(endpoint.MostAtOnce > 4, $"at most {endpoint.MostAtOnce} at once");
    }

    private static async Task ReadAllAtOnceAsync(SlowBlobEndpoint endpoint, int maxConnections)
    {
        var options = new AzureStorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
                $"BlobEndpoint={endpoint.BaseAddress}{AzuriteFixture.AccountName};QueueEndpoint={endpoint.BaseAddress}{AzuriteFixture.AccountName};",
            MaxConnectionsPerEndpoint = maxConnections,
        };
        var container = new AzureClients(Options.Create(options), new ServiceCollection().BuildServiceProvider()).Blobs.GetBlobContainerClient("state");
        var exists = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => container.GetBlobClient($"ideas/idea-{i}").ExistsAsync()));
        Assert.All(exists, e => Assert.False(e.Value));
    }

    /// <summary>Answers every blob read "not found" after holding it 50 ms, counting how many it held at once.</summary>
    private sealed class SlowBlobEndpoint : LoopbackEmulator
    {
        private int _inFlight;
        private int _mostAtOnce;
        private int _answered;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Answered => Volatile.Read(ref _answered);

        protected override void MapEndpoints(WebApplication app) => app.Run(async context =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostAtOnce, now);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _answered);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.Headers["x-ms-error-code"] = "BlobNotFound";
        });

        private static void InterlockedMax(ref int target, int value)
        {
            var seen = Volatile.Read(ref target);
            while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var found && found != seen)
            {
                seen = found;
            }
        }
    }
}
