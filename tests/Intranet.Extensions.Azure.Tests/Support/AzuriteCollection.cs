using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>One Azurite for the tests that leave it running; each test uses containers and queues of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
