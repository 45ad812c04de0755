using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Admin;

/// <summary>
/// The target of <c>Action.Http</c> buttons in Outlook actionable mail. Outlook calls it with an Entra ID token of
/// the person who clicked (the legacy actionable-message tokens are retired), validated by Microsoft.Identity.Web
/// like any token of this API. The body is <c>{"verb", "data", "messageId"}</c>; the answer follows the actionable
/// messages protocol: a new card in the body with <c>CARD-UPDATE-IN-BODY: true</c>, or a line of text in
/// <c>CARD-ACTION-STATUS</c> (ASCII texts only: HTTP header values are ASCII, so a Korean status is left to
/// Outlook's own generic one).
/// </summary>
public static class OutlookActions
{
    /// <summary>The policy the endpoint requires: an authenticated Entra ID caller.</summary>
    public const string Policy = "Intranet.OutlookAction";

    /// <summary>Maps the endpoint (needs <c>AddEntraIdAuth</c> and authentication/authorization middleware).</summary>
    public static IEndpointConventionBuilder MapOutlookActions(this IEndpointRouteBuilder endpoints, string pattern = "/api/outlook/actions")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, HandleAsync).RequireAuthorization(Policy).ExcludeFromDescription();
    }

    private static async Task<IResult> HandleAsync(HttpContext context, IDirectory directory, CardActionRouter router, CancellationToken cancellationToken)
    {
        var objectId = context.User.FindFirst("oid")?.Value ?? context.User.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value;
        var actor = objectId is null ? null : await directory.FindAsync(objectId, cancellationToken);
        if (actor is null)
        {
            return Status(StatusCodes.Status403Forbidden, "UnknownUser");
        }

        var body = await RequestBody.ReadAsync(context.Request, 64 * 1024, cancellationToken);
        JsonObject? request = null;
        try
        {
            request = body is null ? null : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
        }

        var verb = request?["verb"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        if (verb is null || request!["data"] is not (null or JsonObject))
        {
            return Status(StatusCodes.Status400BadRequest, "InvalidAction");
        }

        var data = request["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        var messageId = request["messageId"] is JsonValue m && m.TryGetValue<string>(out var id) ? id : null;
        var result = await router.RouteAsync(new CardActionRequest(verb, data, actor, ActionChannels.Outlook, messageId), cancellationToken);
        var status = (result as MessageResult)?.Text ?? (result as ErrorResult)?.Message;
        if (status is not null && Ascii(status))
        {
            context.Response.Headers["CARD-ACTION-STATUS"] = status;
        }
        if (result is CardResult card)
        {
            context.Response.Headers["CARD-UPDATE-IN-BODY"] = "true";
            return Results.Text(card.Card.ToJson(), "application/json");
        }

        return result is ErrorResult failed ? Results.StatusCode(failed.StatusCode) : Results.Ok();
    }

    private static IResult Status(int status, string code) => Results.Json(new JsonObject { ["code"] = code }, statusCode: status);

    // Header values must be ASCII unless the host's Kestrel allows UTF-8; Outlook then shows its own generic status.
    private static bool Ascii(string text) => text.All(static c => c is >= ' ' and <= '~');

    internal static void AddPolicy(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(IntranetAuthExtensions.Scheme).RequireAuthenticatedUser());
}
