using Azure.Storage.Blobs;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>The blob stores on a fresh container of the running Azurite.</summary>
internal static class Stores
{
    public static BlobContainer Container(AzuriteFixture azurite, string prefix = "state") =>
        new(new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Names.New(prefix)), createIfNotExists: true);

    public static BlobStateStore State(AzuriteFixture azurite) => new(Container(azurite));

    public static BlobDocumentStore Documents(AzuriteFixture azurite) => new(Container(azurite, "docs"));
}
