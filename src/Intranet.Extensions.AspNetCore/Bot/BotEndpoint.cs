using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// <c>POST /api/messages</c>: authenticates the Bot Framework request first and runs nothing unless it passes;
/// then answers <c>adaptiveCard/action</c> invokes through the action router, keeps conversation references on
/// install and removal, and answers a plain message with the help card.
/// </summary>
internal sealed partial class BotEndpoint(
    BotAuthenticator authenticator,
    CardActionRouter router,
    IDirectory directory,
    ConversationStore conversations,
    BotConnectorClient connector,
    PluginRegistry plugins,
    RuntimeTexts runtime,
    IOptions<BotOptions> options,
    ILogger<BotEndpoint> logger)
{
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return Results.Unauthorized();
        }

        var body = await RequestBody.ReadAsync(request, o.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var activity = BotActivity.Parse(body);
        if (activity is null)
        {
            return Results.BadRequest();
        }

        var auth = await authenticator.AuthenticateAsync(authorization, activity, cancellationToken).ConfigureAwait(false);
        if (auth.Failure is { } status)
        {
            return Results.StatusCode(status);
        }

        if (activity.TenantId is { } tenant && !string.Equals(tenant, o.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            LogOtherTenant(logger, tenant);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return activity.Type switch
        {
            "invoke" when activity.Name == AdaptiveCardAction => await InvokeAsync(activity, cancellationToken).ConfigureAwait(false),
            "invoke" => Results.StatusCode(StatusCodes.Status501NotImplemented),
            "conversationUpdate" => await ConversationUpdateAsync(activity, cancellationToken).ConfigureAwait(false),
            "installationUpdate" => await InstallationUpdateAsync(activity, cancellationToken).ConfigureAwait(false),
            "message" => await HelpAsync(activity, cancellationToken).ConfigureAwait(false),
            _ => Results.Ok(),
        };
    }

    private async Task<IResult> InvokeAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var actor = activity.FromAadObjectId is { } oid ? await directory.FindAsync(oid, cancellationToken).ConfigureAwait(false) : null;
        var culture = actor is not null ? runtime.CultureOf(actor) : IntranetCultures.Resolve(activity.Locale, runtime.DefaultCulture);
        if (actor is null)
        {
            LogUnknownActor(logger, activity.FromAadObjectId);
            return Invoke(CardActionResult.Error("UnknownUser", BotTexts.Catalog.Get("error.UnknownUser", culture)));
        }

        var action = activity.Value?["action"] as JsonObject;
        var type = action?["type"] is JsonValue t && t.TryGetValue<string>(out var typeText) ? typeText : null;
        var verb = action?["verb"] is JsonValue v && v.TryGetValue<string>(out var verbText) ? verbText : null;
        if (type != "Action.Execute" || string.IsNullOrWhiteSpace(verb) || action!["data"] is not (null or JsonObject))
        {
            return Invoke(CardActionResult.Error("InvalidAction", BotTexts.Catalog.Get("error.InvalidAction", culture)));
        }

        var data = action["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        var trigger = activity.Value?["trigger"] is JsonValue tr && tr.TryGetValue<string>(out var triggerText) ? triggerText : "manual";
        var index = activity.ConversationId is { } conversationId && activity.ReplyToId is { } replyTo
            ? await conversations.FindActivityAsync(conversationId, replyTo, cancellationToken).ConfigureAwait(false)
            : null;
        var channel = string.Equals(activity.ChannelId, "outlook", StringComparison.OrdinalIgnoreCase) ? ActionChannels.Outlook : ActionChannels.Teams;

        var result = await router.RouteAsync(
            new CardActionRequest(verb, data, actor, channel, index?.MessageId, trigger == "automatic" ? "automatic" : "manual"),
            cancellationToken).ConfigureAwait(false);
        if (result is CardResult card && index is not null && await conversations.FindDeliveryAsync(index.MessageId, index.RecipientId, cancellationToken).ConfigureAwait(false) is { } delivered)
        {
            // Teams shows the returned card in place of the clicked one; remember it so a later update compares right.
            await conversations.SaveDeliveryAsync(delivered with { CardHash = TeamsBotChannel.CardHash(card.Card) }, cancellationToken).ConfigureAwait(false);
        }

        return Invoke(result);
    }

    // The invoke answer is HTTP 200 whose body is the adaptiveCard/action response; its statusCode says how it went.
    private static IResult Invoke(CardActionResult result) => Results.Json(InvokeResponse.From(result), statusCode: StatusCodes.Status200OK);

    private async Task<IResult> ConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var botId = activity.RecipientId;
        if (activity.Members("membersAdded").Any(m => m.Id == botId))
        {
            await RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.Members("membersRemoved").Any(m => m.Id == botId))
        {
            await ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return Results.Ok();
    }

    private async Task<IResult> InstallationUpdateAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Action?.StartsWith("add", StringComparison.Ordinal) == true)
        {
            await RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true)
        {
            await ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return Results.Ok();
    }

    private async Task RememberAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        // Only 1:1 chats are references for proactive delivery; a team install names no single person.
        if (activity.FromAadObjectId is not { } oid || activity.ConversationId is not { } conversationId || activity.ServiceUrl is not { } serviceUrl
            || activity.ConversationType is not (null or "personal"))
        {
            return;
        }

        await conversations.SaveAsync(
            new ConversationReference(oid, activity.FromId, conversationId, serviceUrl, activity.TenantId ?? options.Value.TenantId, activity.ChannelId ?? "msteams", default),
            cancellationToken).ConfigureAwait(false);
        LogRemembered(logger, oid);
    }

    private async Task ForgetAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        if (activity.FromAadObjectId is { } oid && await conversations.DropAsync(oid, cancellationToken).ConfigureAwait(false))
        {
            LogForgotten(logger, oid);
        }
    }

    private async Task<IResult> HelpAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var person = activity.FromAadObjectId is { } oid ? await directory.FindAsync(oid, cancellationToken).ConfigureAwait(false) : null;
        var culture = person is not null ? runtime.CultureOf(person) : IntranetCultures.Resolve(activity.Locale, runtime.DefaultCulture);
        if (activity.ServiceUrl is { } serviceUrl && activity.ConversationId is { } conversationId)
        {
            var reply = BotConnectorClient.CardActivity(HelpCard.Build(plugins, culture));
            reply["from"] = new JsonObject { ["id"] = activity.RecipientId };
            reply["recipient"] = new JsonObject { ["id"] = activity.FromId };
            reply["conversation"] = new JsonObject { ["id"] = conversationId };
            reply["replyToId"] = activity.Id;
            var result = activity.Id is { } id
                ? await connector.ReplyAsync(serviceUrl, options.Value.TenantId, conversationId, id, reply, cancellationToken).ConfigureAwait(false)
                : await connector.SendAsync(serviceUrl, options.Value.TenantId, conversationId, reply, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                LogHelpFailed(logger, result.Describe());
            }
        }

        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity from tenant {TenantId}, which is not this organisation's: refused")]
    private static partial void LogOtherTenant(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action from {ObjectId}, who is not in the directory")]
    private static partial void LogUnknownActor(ILogger logger, string? objectId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation of {ObjectId} remembered")]
    private static partial void LogRemembered(ILogger logger, string objectId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation of {ObjectId} forgotten (app removed)")]
    private static partial void LogForgotten(ILogger logger, string objectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The help card could not be sent: {Answer}")]
    private static partial void LogHelpFailed(ILogger logger, string answer);
}
