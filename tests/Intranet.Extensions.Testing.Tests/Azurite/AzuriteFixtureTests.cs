using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Testing.Tests.Azurite;

public sealed class AzuriteFixtureTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_blob_survives_a_restart_on_the_same_ports()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("notices");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("menu.json").UploadAsync(BinaryData.FromString("""{ "dish": "bibimbap" }"""), overwrite: true);
        var blobUri = azurite.BlobServiceUri;

        await azurite.StopAsync();
        Assert.False(azurite.IsRunning);
        await azurite.StartAgainAsync();

        Assert.Equal(blobUri, azurite.BlobServiceUri);
        var downloaded = await new BlobServiceClient(azurite.ConnectionString)
            .GetBlobContainerClient("notices").GetBlobClient("menu.json").DownloadContentAsync();
        Assert.Equal("""{ "dish": "bibimbap" }""", downloaded.Value.Content.ToString());
    }

    [Fact]
    public async Task A_queue_message_is_sent_and_received()
    {
        var queue = new QueueServiceClient(azurite.ConnectionString).GetQueueClient("notifications");
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("notice 42 published");

        var received = await queue.ReceiveMessageAsync();

        Assert.Equal("notice 42 published", received.Value.MessageText);
        await queue.DeleteMessageAsync(received.Value.MessageId, received.Value.PopReceipt);
    }

    [Fact]
    public void Endpoints_are_on_loopback_with_the_development_account()
    {
        Assert.Equal("127.0.0.1", azurite.BlobServiceUri.Host);
        Assert.Equal("127.0.0.1", azurite.QueueServiceUri.Host);
        Assert.NotEqual(azurite.BlobServiceUri.Port, azurite.QueueServiceUri.Port);
        Assert.EndsWith("/" + AzuriteFixture.AccountName, azurite.BlobServiceUri.AbsolutePath);
    }
}
