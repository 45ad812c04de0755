using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Organization;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Testing.Cards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Testing.Hosting;

/// <summary>
/// The real runtime on the embedded defaults (file store in a temp folder, roster file, dev inbox), with a
/// fake clock and no background workers: a test drives delivery and jobs one pass at a time, so nothing
/// depends on timing. Plugin tests use it to act as people and read what they received.
/// </summary>
public sealed class IntranetTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private IntranetTestHost(ServiceProvider services, FakeTimeProvider time, string dataPath)
    {
        _services = services;
        Time = time;
        DataPath = dataPath;
    }

    /// <summary>The default start instant: Monday 2 March 2026, 09:00 in Seoul.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The fake clock; advance it to make retries and jobs due.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The temp folder of the file store and roster.</summary>
    public string DataPath { get; }

    /// <summary>Starts a host with the given roster and plugins.</summary>
    /// <param name="people">The roster.</param>
    /// <param name="addPlugins">Adds plugins, e.g. <c>b =&gt; b.AddPraise()</c>.</param>
    /// <param name="configure">Changes runtime options.</param>
    /// <param name="groups">Roster groups.</param>
    /// <param name="configureServices">Replaces services (e.g. a channel double).</param>
    public static async Task<IntranetTestHost> StartAsync(
        IEnumerable<StaffMember> people,
        Action<IIntranetBuilder> addPlugins,
        Action<IntranetOptions>? configure = null,
        IEnumerable<RosterGroup>? groups = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "intranet-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), people, groups);

        var time = new FakeTimeProvider(DefaultStart);
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
            configure?.Invoke(o);
        });
        addPlugins(builder);
        configureServices?.Invoke(services);
        return new IntranetTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), time, dataPath);
    }

    /// <summary>Resolves a service.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Acts as <paramref name="actorId"/> through the same router every channel uses.</summary>
    public async Task<CardActionResult> ActAsync(string actorId, string verb, JsonObject? data = null, string? messageId = null, string channel = ActionChannels.DevInbox)
    {
        var actor = await Get<IDirectory>().FindAsync(actorId) ?? throw new ArgumentException($"'{actorId}' is not on the roster.", nameof(actorId));
        return await Get<CardActionRouter>().RouteAsync(new CardActionRequest(verb, data, actor, channel, messageId));
    }

    /// <summary>Runs outbox passes until nothing due is left; returns the deliveries attempted.</summary>
    public async Task<int> DeliverAsync()
    {
        var total = 0;
        int attempted;
        while ((attempted = await Get<OutboxProcessor>().ProcessDueAsync()) > 0)
        {
            total += attempted;
        }

        return total;
    }

    /// <summary>Runs the scheduler's due jobs once; returns how many ran.</summary>
    public Task<int> RunDueJobsAsync() => Get<SchedulerProcessor>().RunDueAsync();

    /// <summary>A person's dev inbox, newest first.</summary>
    public Task<IReadOnlyList<DevInboxItem>> InboxAsync(string userId) => Get<DevInboxStore>().ListAsync(userId);

    /// <summary>
    /// Runs a plugin's admin operation as the host does: found in the plugin registry, resolved in a scope, for a
    /// caller from the directory, in the caller's language.
    /// </summary>
    public async Task<AdminResult> RunAdminAsync(
        string pluginId, string operation, string callerId, JsonObject? body = null, string query = "", params AdminFile[] files)
    {
        var registration = Get<PluginRegistry>().AdminOperations.Single(o => o.PluginId == pluginId && o.Operation == operation);
        var caller = await Get<IDirectory>().FindAsync(callerId) ?? throw new ArgumentException($"'{callerId}' is not on the roster.", nameof(callerId));
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.ElementAtOrDefault(1) ?? ""), StringComparer.OrdinalIgnoreCase);
        await using var scope = _services.CreateAsyncScope();
        var handler = (IAdminOperation)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
        return await handler.ExecuteAsync(new AdminRequest(caller, body ?? [], values, files, Get<IOrganizationContext>().CultureOf(caller)));
    }

    /// <summary>Every stored document and file with its ETag, to prove a refused action changed nothing.</summary>
    public Task<IReadOnlyDictionary<string, string>> SnapshotAsync() => StoreSnapshot.TakeAsync(_services);

    /// <summary>Runs every demo seeder, as a sample host does at start.</summary>
    public async Task SeedDemoContentAsync()
    {
        foreach (var seeder in _services.GetServices<IDemoContentSeeder>())
        {
            await seeder.SeedAsync();
        }
    }

    /// <summary>Checks every gallery card of the host (optionally of one plugin) with the official renderer, in both languages.</summary>
    /// <returns>The names of the cards checked.</returns>
    public async Task<IReadOnlyList<string>> AssertGalleryValidAsync(string? pluginId = null)
    {
        var cards = Get<CardGallery>().RenderAll()
            .Where(c => pluginId is null || c.FileName.StartsWith(pluginId + ".", StringComparison.Ordinal))
            .Select(c => new KeyValuePair<string, string>(c.FileName, Intranet.Extensions.Cards.CardJson.ToJson(c.Card)))
            .ToList();
        await new AdaptiveCardValidator().AssertAllValidAsync(cards);
        return [.. cards.Select(c => c.Key)];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
