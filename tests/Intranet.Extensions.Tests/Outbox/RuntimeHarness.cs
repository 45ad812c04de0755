using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Storage.FileSystem;
using Intranet.Extensions.Tests.Storage.FileSystem;
using Intranet.Extensions.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Tests.Outbox;

/// <summary>
/// The real runtime's DI with a fake clock, the real file state store in a temp folder, a small directory and a
/// scripted channel. Every provider made here shares them, so two providers are two hosts (or a host before and
/// after a restart).
/// </summary>
internal sealed class RuntimeHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly List<ServiceProvider> _providers = [];
    private readonly TempDataFolder _folder = new();

    public RuntimeHarness() => Store = new HookedStateStore(new FileStateStore(_folder.Options(), Time));

    public FakeTimeProvider Time { get; } = new(Start);

    public HookedStateStore Store { get; }

    public TestDirectory Directory { get; } = TestDirectory.Sample();

    public ScriptedChannel Channel { get; } = new("devinbox");

    public JobRuns Jobs { get; } = new();

    /// <summary>A host's services; workers are off unless <paramref name="configure"/> turns them on.</summary>
    public ServiceProvider CreateProvider(Action<IntranetOptions>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        var builder = services.AddIntranetExtensions(o =>
        {
            o.DataPath = _folder.Path;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
            o.Outbox.FirstRetryDelay = TimeSpan.FromSeconds(10);
            o.Outbox.MaxRetryDelay = TimeSpan.FromMinutes(10);
            configure?.Invoke(o);
        });
        TestJobs.AddTo(builder);
        UseTestDoubles(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Replaces the clock, store, directory and channels of a runtime with this harness's doubles.</summary>
    public void UseTestDoubles(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        services.Replace(ServiceDescriptor.Singleton<IStateStore>(Store));
        services.Replace(ServiceDescriptor.Singleton<IDirectory>(Directory));
        services.RemoveAll<IDeliveryChannel>();
        services.AddSingleton<IDeliveryChannel>(Channel);
        services.AddSingleton(Jobs);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _folder.Dispose();
    }
}
