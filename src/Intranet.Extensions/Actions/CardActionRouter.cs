using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Actions;

/// <summary>
/// Sends every card action, from any channel, to its plugin's handler. Whatever goes wrong (unknown verb,
/// bad data, a handler exception) comes back as an error in the actor's language and a log entry; a stack
/// trace never reaches the actor.
/// </summary>
public sealed partial class CardActionRouter(
    IServiceScopeFactory scopes, PluginRegistry registry, RuntimeTexts texts, ILogger<CardActionRouter> logger)
{
    /// <summary>Routes the action and returns what the actor sees. Throws only when cancelled.</summary>
    public async Task<CardActionResult> RouteAsync(CardActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var culture = texts.CultureOf(request.Actor);
        var handlerType = registry.FindActionHandler(request.Verb ?? "");
        if (handlerType is null)
        {
            LogUnknownVerb(logger, request.Verb, request.Actor.Id, request.Channel);
            return Error(CardActionErrors.UnknownVerb, 400);
        }

        var context = new CardActionContext
        {
            Verb = request.Verb!,
            Data = request.Data ?? [],
            Actor = request.Actor,
            Channel = request.Channel,
            Culture = culture,
            MessageId = request.MessageId,
            Trigger = request.Trigger,
        };

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = (ICardActionHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            return await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (CardActionException e)
        {
            LogRefused(logger, request.Verb!, request.Actor.Id, e.Code);
            return e.HasLocalizedMessage ? CardActionResult.Error(e.Code, e.Message) : Error(e.Code, 400);
        }
        catch (ConcurrencyConflictException e)
        {
            LogConflict(logger, e, request.Verb!, request.Actor.Id);
            return Error(CardActionErrors.Conflict, 500);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, request.Verb!, request.Actor.Id);
            return Error(CardActionErrors.HandlerFailed, 500);
        }

        // A plugin's own codes read from its texts; the router's codes (and unknown ones) from the runtime's.
        CardActionResult Error(string code, int status)
        {
            var key = $"error.{code}";
            var plugin = registry.Plugins.FirstOrDefault(p => request.Verb?.StartsWith(p.Id + ".", StringComparison.Ordinal) == true);
            var message = plugin is not null && plugin.Texts.Keys(culture).Contains(key) ? plugin.Texts.Get(key, culture)
                : texts.Texts.Keys(culture).Contains(key) ? texts.Get(key, culture)
                : texts.Get("error.InvalidData", culture);
            return CardActionResult.Error(code, message, status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown verb '{Verb}' from {ActorId} on {Channel}")]
    private static partial void LogUnknownVerb(ILogger logger, string? verb, string actorId, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Action {Verb} by {ActorId} refused: {Code}")]
    private static partial void LogRefused(ILogger logger, string verb, string actorId, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Action {Verb} by {ActorId} kept conflicting")]
    private static partial void LogConflict(ILogger logger, Exception exception, string verb, string actorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action {Verb} by {ActorId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string verb, string actorId);
}
