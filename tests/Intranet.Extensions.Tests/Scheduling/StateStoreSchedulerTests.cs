using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Tests.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Tests.Scheduling;

public sealed class StateStoreSchedulerTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static DateTimeOffset Start => RuntimeHarness.Start;

    [Fact]
    public async Task A_cancelled_job_never_runs()
    {
        var services = _harness.CreateProvider();
        var scheduler = services.GetRequiredService<IScheduler>();
        await scheduler.ScheduleAsync(new ScheduledJob("remind-1", TestJobs.Record, Start.AddHours(1)));

        var cancelled = await scheduler.CancelAsync("remind-1");
        var again = await scheduler.CancelAsync("remind-1");
        _harness.Time.Advance(TimeSpan.FromDays(1));
        var ran = await services.GetRequiredService<SchedulerProcessor>().RunDueAsync();

        Assert.Equal((true, false, 0), (cancelled, again, ran));
        Assert.Empty(_harness.Jobs.Runs);
    }

    [Fact]
    public async Task Scheduling_the_same_id_again_moves_the_job()
    {
        var services = _harness.CreateProvider();
        var scheduler = services.GetRequiredService<IScheduler>();
        var processor = services.GetRequiredService<SchedulerProcessor>();
        await scheduler.ScheduleAsync(new ScheduledJob("hope-day", TestJobs.Record, Start.AddHours(1)));
        await scheduler.ScheduleAsync(new ScheduledJob("hope-day", TestJobs.Record, Start.AddHours(2)));

        _harness.Time.Advance(TimeSpan.FromHours(1));
        var atOldTime = await processor.RunDueAsync();
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var atNewTime = await processor.RunDueAsync();

        Assert.Equal((0, 1), (atOldTime, atNewTime));
        Assert.Equal(Start.AddHours(2), Assert.Single(_harness.Jobs.Runs).DueAt);
    }

    [Fact]
    public async Task A_job_scheduled_before_a_restart_runs_after_it()
    {
        await _harness.CreateProvider().GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("survivor", TestJobs.Record, Start.AddMinutes(5)));

        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        var ran = await _harness.CreateProvider().GetRequiredService<SchedulerProcessor>().RunDueAsync();

        Assert.Equal(1, ran);
        Assert.Equal("survivor", Assert.Single(_harness.Jobs.Runs).Id);
    }

    [Theory]
    [InlineData("has/slash")]
    [InlineData("")]
    public async Task An_id_that_is_not_a_key_segment_is_refused(string id)
    {
        var scheduler = _harness.CreateProvider().GetRequiredService<IScheduler>();

        await Assert.ThrowsAsync<ArgumentException>(() => scheduler.ScheduleAsync(new ScheduledJob(id, TestJobs.Record, Start)));

        Assert.Empty(await _harness.Store.KeysAsync("scheduler/"));
    }
}
