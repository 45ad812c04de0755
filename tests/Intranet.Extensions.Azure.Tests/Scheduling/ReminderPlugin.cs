using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Globalization;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Scheduling;

namespace Intranet.Extensions.Azure.Tests.Scheduling;

/// <summary>A plugin with one job, <c>reminders.remind</c>, whose runs are written to a log every instance shares.</summary>
internal static class ReminderPlugin
{
    public const string Kind = "reminders.remind";

    public static void AddTo(IIntranetBuilder builder, ReminderRuns runs)
    {
        builder.Services.AddSingleton(runs);
        builder.AddPlugin(new PluginDescriptor("reminders", "1.0.0", new NoTexts()), plugin => plugin.AddJob<RemindHandler>("remind"));
    }

    private sealed class RemindHandler(ReminderRuns runs) : IScheduledJobHandler
    {
        public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
        {
            // Long enough that the other instances' passes overlap the run, short enough to keep the test quick.
            await Task.Delay(20, cancellationToken);
            runs.Add(job.Id);
        }
    }

    private sealed class NoTexts : ITextCatalog
    {
        public string Get(string key, CultureInfo culture) => key;

        public string Format(string key, CultureInfo culture, params object?[] args) => key;

        public IReadOnlyCollection<string> Keys(CultureInfo culture) => [];
    }
}

/// <summary>Every run of a reminder, from any instance.</summary>
internal sealed class ReminderRuns
{
    private readonly ConcurrentQueue<string> _runs = new();

    public IReadOnlyList<string> All => [.. _runs];

    public void Add(string jobId) => _runs.Enqueue(jobId);
}
