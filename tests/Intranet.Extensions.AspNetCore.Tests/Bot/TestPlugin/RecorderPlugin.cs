using System.Collections.Concurrent;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Tests.Bot.TestPlugin;

/// <summary>A plugin whose one verb, <c>recorder.press</c>, records the call and writes a state document.</summary>
internal static class RecorderPlugin
{
    public static PluginDescriptor Descriptor { get; } =
        new("recorder", "1.0.0", new EmbeddedTextCatalog(typeof(RecorderPlugin).Assembly, "Strings"));

    public static IIntranetBuilder AddRecorder(this IIntranetBuilder builder) =>
        builder.AddPlugin(Descriptor, plugin =>
        {
            plugin.Services.AddSingleton<PressLog>();
            plugin.AddAction<PressHandler>("press")
                  .AddAdminOperation<CountOperation>("count", "Recorder.Manage");
        });
}

/// <summary>What the handler saw.</summary>
internal sealed class PressLog
{
    public ConcurrentQueue<CardActionContext> Calls { get; } = new();
}

/// <summary>An admin operation with a role of the plugin's own.</summary>
internal sealed class CountOperation(PressLog log) : Intranet.Extensions.Admin.IAdminOperation
{
    public Task<Intranet.Extensions.Admin.AdminResult> ExecuteAsync(Intranet.Extensions.Admin.AdminRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(Intranet.Extensions.Admin.AdminResult.Json(new System.Text.Json.Nodes.JsonObject { ["presses"] = log.Calls.Count, ["caller"] = request.Caller.Id }));
}

internal sealed class PressHandler(PressLog log, IStateStore store) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        log.Calls.Enqueue(context);
        var count = context.GetString("count") ?? "0";
        await store.PutAsync($"recorder/{context.Actor.Id}", new { count, channel = context.Channel }, WriteCondition.None, cancellationToken);
        return CardActionResult.Update(new AdaptiveCard
        {
            Body = [new TextBlock($"pressed by {context.Actor.DisplayName} ({count})")],
            Actions = [new ExecuteAction("recorder.press", "again") { Data = new() { ["count"] = "2" } }],
        });
    }
}
