using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.People;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Azure.Tests.Plugins;

/// <summary>Clicks as the plugins get them: a card action of a roster person through an instance's own router.</summary>
internal static class PluginClicks
{
    public static async Task<CardActionResult> ClickAsync(this AzureInstance instance, string personId, string verb, JsonObject data)
    {
        var person = await instance.Services.GetRequiredService<IDirectory>().FindAsync(personId)
            ?? throw new ArgumentException($"'{personId}' is not on the roster.", nameof(personId));
        return await instance.Services.GetRequiredService<CardActionRouter>().RouteAsync(new CardActionRequest(verb, data, person, ActionChannels.DevInbox));
    }

    /// <summary>
    /// Starts every click at the same moment (all of them are waiting on one gate before any is let go), spread over
    /// the instances in turn, and returns the results in the order of <paramref name="people"/>.
    /// </summary>
    public static async Task<CardActionResult[]> AllAtOnceAsync(
        IReadOnlyList<AzureInstance> instances, IReadOnlyList<string> people, Func<AzureInstance, string, int, Task<CardActionResult>> click)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clicks = people.Select((person, i) => Task.Run(async () =>
        {
            await gate.Task;
            return await click(instances[i % instances.Count], person, i);
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(clicks);
    }
}
