using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Samples.Tests.Host;

/// <summary>
/// The sample host with one setting more (<c>Intranet:Azure:ConnectionString</c>, here Azurite's): demo content,
/// the dev inbox and the outbox move to Blob Storage and a Storage queue, and the embedded file store stays unused.
/// </summary>
public sealed partial class SampleHostOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Sender = "u02";
    private const string Colleague = "u03";

    [Fact]
    public async Task With_an_account_configured_the_sample_keeps_its_state_in_blobs_and_delivers_through_the_queue()
    {
        var (stateContainer, queue) = ("sample-state-" + Guid.NewGuid().ToString("N")[..8], "sample-outbox-" + Guid.NewGuid().ToString("N")[..8]);
        await using var host = await SampleHostProcess.StartAsync([
            $"--Intranet:Azure:ConnectionString={azurite.ConnectionString}",
            $"--Intranet:Azure:StateContainer={stateContainer}",
            $"--Intranet:Azure:Queue:QueueName={queue}",
        ]);
        using var inbox = new DevInboxClient(host.BaseAddress);

        // A praise sent from the demo's compose card reaches the colleague through the queue-backed outbox.
        var compose = await inbox.WaitForCardAsync(Sender, "praise.send");
        var draftId = DraftId().Match(compose["card"]!.ToJsonString()).Groups[1].Value;
        var message = $"Azurite 시험 칭찬 {Guid.NewGuid():N}";
        var data = new JsonObject { ["draftId"] = draftId, ["to"] = Colleague, ["message"] = message };
        var reply = await inbox.ActAsync(Sender, (string)compose["id"]!, "praise.send", data);
        Assert.Equal(200, (int)reply["statusCode"]!);
        await inbox.WaitForCardAsync(Colleague, message);

        // Where it all lives: the colleague's inbox item is a blob holding the message, the work queue exists, and the
        // file store under DataPath was never written (only the demo roster is there).
        var blobs = new BlobContainerClient(azurite.ConnectionString, stateContainer);
        var colleagueItems = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync(new() { Prefix = $"devinbox/{Colleague}/" }))
        {
            colleagueItems.Add((await blobs.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        }

        Assert.Contains(colleagueItems, json => json.Contains(message, StringComparison.Ordinal));
        Assert.True(await new QueueClient(azurite.ConnectionString, queue).ExistsAsync());
        var stateFolder = Path.Combine(host.DataPath, "state");
        Assert.False(Directory.Exists(stateFolder) && Directory.EnumerateFiles(stateFolder, "*", SearchOption.AllDirectories).Any());
    }

    [GeneratedRegex("\"draftId\":\"([^\"]+)\"")]
    private static partial Regex DraftId();
}
