using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>
/// A loopback Bot Connector (<c>/v3/conversations</c>) speaking the REST wire format Teams' service URL speaks:
/// create a 1:1 conversation, post, reply to and update activities. It demands a bearer token signed by
/// <see cref="OpenIdIssuerEmulator"/> for the Bot Connector audience, throttles each tenant (the token's
/// <c>tid</c>) with 429 + <c>Retry-After</c>, answers 403 <c>MessageWritesBlocked</c> for blocked people, and
/// can throttle chosen conversations once to prove clients wait. Conversations it creates are named
/// <c>a:{aadObjectId}</c>, so a test can seed the same ids as installs.
/// </summary>
public sealed class BotConnectorEmulator : LoopbackEmulator
{
    /// <summary>The audience outbound bot tokens carry.</summary>
    public const string Audience = "https://api.botframework.com";

    private readonly OpenIdIssuerEmulator _issuer;
    private readonly RequestRateLimit _limit;
    private readonly ConcurrentQueue<ConnectorEvent> _events = new();
    private readonly ConcurrentDictionary<string, byte> _throttledOnce = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failedOnce = new(StringComparer.Ordinal);
    private int _activitySequence;

    /// <summary>Creates the emulator.</summary>
    /// <param name="issuer">The issuer whose Entra key must sign callers' tokens.</param>
    /// <param name="requestsPerSecondPerTenant">The per-tenant limit (the real service's is 50).</param>
    public BotConnectorEmulator(OpenIdIssuerEmulator issuer, int requestsPerSecondPerTenant = 50)
    {
        _issuer = issuer;
        _limit = new RequestRateLimit(requestsPerSecondPerTenant);
    }

    /// <summary>Entra object ids of people who blocked the bot: posts to their conversations get 403.</summary>
    public ConcurrentDictionary<string, byte> BlockedUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>Conversations whose first post is answered 429 with <c>Retry-After</c>: <see cref="ThrottleRetryAfterSeconds"/>.</summary>
    public Func<string, bool> ThrottleFirstPostTo { get; set; } = static _ => false;

    /// <summary>A status (412, 500, 502…) to answer the first post to a conversation with; null posts normally.</summary>
    public Func<string, int?> FailFirstPostTo { get; set; } = static _ => null;

    /// <summary>The <c>Retry-After</c> of scripted throttling, in seconds.</summary>
    public int ThrottleRetryAfterSeconds { get; set; } = 1;

    /// <summary>Every call the emulator answered, in order, with its outcome.</summary>
    public IReadOnlyList<ConnectorEvent> Events => [.. _events];

    /// <summary>Activities accepted by a post (not updates), in order.</summary>
    public IReadOnlyList<ConnectorEvent> Posted => [.. _events.Where(e => e.Kind == ConnectorEventKind.Posted)];

    /// <inheritdoc />
    protected override void MapEndpoints(WebApplication app)
    {
        var v3 = app.MapGroup("/v3/conversations")
            .AddEndpointFilter(async (invocation, next) =>
            {
                var tenant = await TenantOfAsync(invocation.HttpContext);
                if (tenant is null)
                {
                    invocation.HttpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Results.Json(Error("Unauthorized", "Authorization has been denied for this request."), statusCode: 401);
                }

                invocation.HttpContext.Items["tenant"] = tenant;
                return await next(invocation);
            })
            .RequireRequestRateLimit(_limit, c => (string)c.Items["tenant"]!, (c, wait) =>
            {
                Record(ConnectorEventKind.Throttled, c.Request.RouteValues["conversationId"] as string ?? "", null, null);
                return c.Response.WriteAsJsonAsync(Error("TooManyRequests", "Too many requests."));
            });

        v3.MapPost("/", CreateConversation);
        v3.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, HttpContext context) => Post(conversationId, activity, null, context));
        v3.MapPost("/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, JsonObject activity, HttpContext context) =>
            Post(conversationId, activity, replyToId, context));
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity) =>
        {
            if (!_events.Any(e => e.Kind == ConnectorEventKind.Posted && e.ConversationId == conversationId && e.ActivityId == activityId))
            {
                return Results.Json(Error("ActivityNotFound", "The activity was not found."), statusCode: 404);
            }

            Record(ConnectorEventKind.Updated, conversationId, activityId, activity);
            return Results.Ok(new JsonObject { ["id"] = activityId });
        });
    }

    private IResult CreateConversation(JsonObject body)
    {
        var member = body["members"]?[0];
        var oid = (string?)member?["aadObjectId"] ?? ((string?)member?["id"])?.Replace("8:orgid:", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(oid) || body["bot"]?["id"] is null)
        {
            return Results.Json(Error("BadArgument", "members and bot are required."), statusCode: 400);
        }

        var conversationId = "a:" + oid;
        Record(ConnectorEventKind.Created, conversationId, null, body);
        return Results.Json(new JsonObject { ["id"] = conversationId }, statusCode: StatusCodes.Status201Created);
    }

    private IResult Post(string conversationId, JsonObject activity, string? replyToId, HttpContext context)
    {
        var user = conversationId.StartsWith("a:", StringComparison.Ordinal) ? conversationId[2..] : conversationId;
        if (BlockedUsers.ContainsKey(user))
        {
            Record(ConnectorEventKind.Blocked, conversationId, null, activity);
            // The exact shape Teams answers when the person blocked or removed the bot.
            var inner = "{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}";
            return Results.Json(new JsonObject { ["errorCode"] = 209, ["message"] = inner }, statusCode: StatusCodes.Status403Forbidden);
        }

        if (ThrottleFirstPostTo(conversationId) && _throttledOnce.TryAdd(conversationId, 0))
        {
            Record(ConnectorEventKind.Throttled, conversationId, null, activity);
            context.Response.Headers[HeaderNames.RetryAfter] = ThrottleRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Json(Error("TooManyRequests", "Too many requests."), statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (FailFirstPostTo(conversationId) is { } status && _failedOnce.TryAdd(conversationId, 0))
        {
            Record(ConnectorEventKind.Failed, conversationId, null, activity);
            return Results.Json(Error("ServiceError", "Scripted failure."), statusCode: status);
        }

        var activityId = "1:" + Interlocked.Increment(ref _activitySequence).ToString(CultureInfo.InvariantCulture);
        Record(ConnectorEventKind.Posted, conversationId, activityId, activity, replyToId);
        return Results.Json(new JsonObject { ["id"] = activityId }, statusCode: StatusCodes.Status201Created);
    }

    private async Task<string?> TenantOfAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var identity = await _issuer.ValidateEntraTokenAsync(header["Bearer ".Length..]);
        return identity?.FindFirst("aud")?.Value == Audience ? identity.FindFirst("tid")?.Value : null;
    }

    private void Record(ConnectorEventKind kind, string conversationId, string? activityId, JsonObject? body, string? replyToId = null) =>
        _events.Enqueue(new ConnectorEvent(kind, conversationId, activityId, replyToId, body?.DeepClone() as JsonObject, TimeProvider.System.GetUtcNow()));

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}

/// <summary>What the Bot Connector emulator did with a call.</summary>
public enum ConnectorEventKind
{
    /// <summary>A conversation was created.</summary>
    Created,
    /// <summary>An activity was accepted (sent or replied).</summary>
    Posted,
    /// <summary>An activity was updated in place.</summary>
    Updated,
    /// <summary>Answered 429.</summary>
    Throttled,
    /// <summary>Answered 403 MessageWritesBlocked.</summary>
    Blocked,
    /// <summary>Answered with a scripted failure status.</summary>
    Failed,
}

/// <summary>One call the Bot Connector emulator answered.</summary>
/// <param name="Kind">The outcome.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ActivityId">The activity id given or updated.</param>
/// <param name="ReplyToId">The activity replied to.</param>
/// <param name="Body">The request body.</param>
/// <param name="At">When it arrived (wall clock).</param>
public sealed record ConnectorEvent(
    ConnectorEventKind Kind, string ConversationId, string? ActivityId, string? ReplyToId, JsonObject? Body, DateTimeOffset At);
