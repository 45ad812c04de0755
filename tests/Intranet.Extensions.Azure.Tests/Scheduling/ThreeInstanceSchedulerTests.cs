using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Azure.Tests.Scheduling;

/// <summary>
/// The runtime's durable scheduler on the Blob state store, three instances sharing one container: each claims due jobs
/// with an <c>If-Match</c> write, so a reminder fires once however the instances' passes interleave. Passes are driven
/// by hand on a fake clock, all three at once, so the race is there every time.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ThreeInstanceSchedulerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_scheduled_reminder_with_three_instances_running_fires_once()
    {
        var time = new FakeTimeProvider(Monday);
        var runs = new ReminderRuns();
        var container = Names.New("sched");
        var dataPath = Path.Combine(Path.GetTempPath(), "azure-sched-" + Guid.NewGuid().ToString("N"));
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(time, runs, container, dataPath)).ToList();
        try
        {
            // Reminders scheduled from different instances, one of them scheduled twice (moved): each fires once.
            var scheduler = instances[0].GetRequiredService<IScheduler>();
            for (var i = 0; i < 20; i++)
            {
                await instances[i % 3].GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob($"remind-{i:D2}", ReminderPlugin.Kind, Monday.AddHours(9)));
            }

            await scheduler.ScheduleAsync(new ScheduledJob("remind-00", ReminderPlugin.Kind, Monday.AddHours(10)));

            Assert.Equal(0, await PassAsync(instances)); // nothing is due before 09:00
            time.Advance(TimeSpan.FromHours(9));
            var first = await PassAsync(instances);
            var second = await PassAsync(instances);
            time.Advance(TimeSpan.FromHours(1));
            var third = await PassAsync(instances);
            time.Advance(TimeSpan.FromDays(1));
            var later = await PassAsync(instances);

            Assert.Equal((19, 0, 1, 0), (first, second, third, later));
            Assert.Equal(Enumerable.Range(0, 20).Select(i => $"remind-{i:D2}"), runs.All.Order());
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Reminders_with_three_hosts_and_their_scheduler_workers_running_fire_once_each()
    {
        var runs = new ReminderRuns();
        var container = Names.New("sched");
        var dataPath = Path.Combine(Path.GetTempPath(), "azure-sched-" + Guid.NewGuid().ToString("N"));
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
                var intranet = builder.Services.AddIntranetExtensions(o =>
                {
                    o.DataPath = dataPath;
                    o.Outbox.RunWorker = false;
                    o.Scheduler.PollInterval = TimeSpan.FromMilliseconds(50);
                }).AddAzureStorage(o =>
                {
                    o.ConnectionString = azurite.ConnectionString;
                    o.StateContainer = container;
                    o.Documents = AzureBackend.Embedded;
                    o.Outbox = AzureBackend.Embedded;
                });
                ReminderPlugin.AddTo(intranet, runs);
                var host = builder.Build();
                await host.StartAsync();
                hosts.Add(host);
            }

            var due = TimeProvider.System.GetUtcNow().AddMilliseconds(300);
            for (var i = 0; i < 20; i++)
            {
                await hosts[i % 3].Services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob($"remind-{i:D2}", ReminderPlugin.Kind, due));
            }

            // A job's document is deleted by the instance that claimed it, after its run: once none is left, every run has ended.
            var store = hosts[0].Services.GetRequiredService<IStateStore>();
            await Eventually.WaitForAsync(() => store.ListAsync("scheduler/jobs/").CountAsync().AsTask(), n => n == 0, TimeSpan.FromMinutes(1), "every reminder run");

            Assert.Equal(Enumerable.Range(0, 20).Select(i => $"remind-{i:D2}"), runs.All.Order());
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    /// <summary>One pass of every instance, at the same time; the total number of jobs they ran.</summary>
    private static async Task<int> PassAsync(IReadOnlyList<ServiceProvider> instances) =>
        (await Task.WhenAll(instances.Select(i => Task.Run(() => i.GetRequiredService<SchedulerProcessor>().RunDueAsync())))).Sum();

    private ServiceProvider Instance(FakeTimeProvider time, ReminderRuns runs, string container, string dataPath)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAzureStorage(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.StateContainer = container;
            o.State = AzureBackend.Azure;
            o.Documents = AzureBackend.Embedded;
            o.Outbox = AzureBackend.Embedded;
        });
        ReminderPlugin.AddTo(builder, runs);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
