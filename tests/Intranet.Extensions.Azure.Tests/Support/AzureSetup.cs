using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Extensions.Testing.Emulators;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>
/// What the host instances of one test share: the Azurite account with containers and queues of their own, a roster,
/// and the Bot Connector emulator (with its token issuer) the connector channel posts to.
/// </summary>
internal sealed class AzureSetup : IAsyncDisposable
{
    public const string TenantId = "0d3c7a52-0000-4000-8000-0000000000aa";

    private AzureSetup(AzuriteFixture azurite, string dataPath, OpenIdIssuerEmulator issuer, BotConnectorEmulator connector, IReadOnlyList<StaffMember> people)
    {
        Azurite = azurite;
        DataPath = dataPath;
        Issuer = issuer;
        Connector = connector;
        People = people;
        Http = connector.CreateClient();
        Token = issuer.CreateEntraToken(TenantId, BotConnectorEmulator.Audience, "app-intranet-bot", lifetime: TimeSpan.FromHours(2));
    }

    public AzuriteFixture Azurite { get; }

    public string DataPath { get; }

    public OpenIdIssuerEmulator Issuer { get; }

    public BotConnectorEmulator Connector { get; }

    public IReadOnlyList<StaffMember> People { get; }

    /// <summary>Shared by every instance's channel: it outlives an instance that is killed mid-send.</summary>
    public HttpClient Http { get; }

    public string Token { get; }

    public string StateContainer { get; } = Names.New("state");

    public string DocumentsContainer { get; } = Names.New("docs");

    public string QueueName { get; } = Names.New("outbox");

    /// <summary>People <c>person-00001</c>…; every fifth prefers English.</summary>
    public static IReadOnlyList<StaffMember> Staff(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new StaffMember
        {
            Id = $"person-{i:D5}",
            DisplayName = $"직원 {i}",
            Department = $"부서 {i % 18}",
            PreferredLanguage = i % 5 == 0 ? "en-US" : "ko-KR",
        })];

    public static async Task<AzureSetup> StartAsync(AzuriteFixture azurite, IReadOnlyList<StaffMember> people, int connectorRequestsPerSecond = 100_000)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "azure-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), people, null);
        var issuer = new OpenIdIssuerEmulator();
        await issuer.StartAsync();
        var connector = new BotConnectorEmulator(issuer, connectorRequestsPerSecond);
        await connector.StartAsync();
        return new AzureSetup(azurite, dataPath, issuer, connector, people);
    }

    /// <summary>A channel for one instance.</summary>
    public ConnectorChannel NewChannel() => new(Http, Token);

    /// <summary>Activities the emulator accepted, counted per conversation.</summary>
    public IReadOnlyDictionary<string, int> PostsPerConversation() =>
        Connector.Posted.GroupBy(e => e.ConversationId).ToDictionary(g => g.Key, g => g.Count());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Connector.StopAsync();
        await Issuer.StopAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
