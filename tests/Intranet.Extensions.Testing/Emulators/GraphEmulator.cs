using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>
/// A loopback Microsoft Graph (<c>/v1.0</c>) for the real Graph SDK: users (select, expand manager, filters on
/// <c>accountEnabled</c>, <c>department</c> and <c>mail</c>), groups' transitive members with
/// <c>@odata.nextLink</c> paging (at most 999 a page, like Graph), <c>$batch</c> (at most 20 steps), sendMail,
/// channel messages (delegated tokens only), activity notifications, events (create, cancel), and drive uploads
/// (simple PUT and upload sessions). Callers need a token of <see cref="OpenIdIssuerEmulator"/> for the Graph
/// audience; the wire bodies stay in <see cref="LoopbackEmulator.Requests"/> for tests to assert.
/// </summary>
public sealed class GraphEmulator : LoopbackEmulator
{
    /// <summary>The audience Graph tokens carry.</summary>
    public const string Audience = "https://graph.microsoft.com";

    private const int MaxPageSize = 999;
    private readonly OpenIdIssuerEmulator _issuer;
    private readonly ConcurrentDictionary<string, JsonObject> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (List<string> Users, List<string> Groups)> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, UploadSession> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _throttles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _items = new(StringComparer.Ordinal);
    private int _sequence;

    /// <summary>Creates the emulator; tokens must be signed by <paramref name="issuer"/>'s Entra key.</summary>
    public GraphEmulator(OpenIdIssuerEmulator issuer) => _issuer = issuer;

    /// <summary>The service root the SDK is pointed at (<c>{address}v1.0</c>).</summary>
    public string ServiceRoot => new Uri(BaseAddress, "v1.0").ToString();

    /// <summary>Drive items uploaded so far, by path (e.g. <c>Manuals/a.pdf</c>), with their content.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a user; <paramref name="managerId"/> is returned by <c>$expand=manager</c>.</summary>
    public void AddUser(
        string id, string displayName, string userPrincipalName, string? mail = null, string? department = null, string? jobTitle = null,
        DateTimeOffset? employeeHireDate = null, string? preferredLanguage = null, string? managerId = null, bool accountEnabled = true)
    {
        _users[id] = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = displayName,
            ["userPrincipalName"] = userPrincipalName,
            ["mail"] = mail,
            ["department"] = department,
            ["jobTitle"] = jobTitle,
            ["employeeHireDate"] = employeeHireDate?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["preferredLanguage"] = preferredLanguage,
            ["accountEnabled"] = accountEnabled,
            ["managerId"] = managerId,
        };
    }

    /// <summary>Adds a group with user members and nested groups (members of those count transitively).</summary>
    public void AddGroup(string id, IEnumerable<string> userIds, IEnumerable<string>? groupIds = null) =>
        _groups[id] = ([.. userIds], [.. groupIds ?? []]);

    /// <summary>Answers the next <paramref name="times"/> requests whose path contains <paramref name="pathPart"/> with 429 and <c>Retry-After: 1</c>.</summary>
    public void Throttle(string pathPart, int times = 1) => _throttles[pathPart] = times;

    /// <inheritdoc />
    protected override void MapEndpoints(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v1.0"))
            {
                await next(context);
                return;
            }

            var claims = await AuthenticateAsync(context);
            if (claims is null)
            {
                await ErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
                return;
            }

            foreach (var (part, left) in _throttles)
            {
                if (left > 0 && context.Request.Path.Value!.Contains(part, StringComparison.Ordinal) && _throttles.TryUpdate(part, left - 1, left))
                {
                    context.Response.Headers.RetryAfter = "1";
                    await ErrorAsync(context, 429, "TooManyRequests", "Too many requests.");
                    return;
                }
            }

            context.Items["claims"] = claims;
            await next(context);
        });

        var v1 = app.MapGroup("/v1.0");
        v1.MapGet("/users/{id}", (string id, HttpRequest request) =>
            FindUser(id) is { } user ? Results.Json(Shape(user, request.Query["$expand"].ToString().Contains("manager", StringComparison.Ordinal))) : NotFound(id));
        v1.MapGet("/users", (HttpRequest request) => Page(request, Filter(request.Query["$filter"].ToString())));
        // The SDK casts with the short form (graph.user); the documentation writes microsoft.graph.user.
        foreach (var cast in new[] { "graph.user", "microsoft.graph.user" })
        {
            v1.MapGet($"/groups/{{id}}/transitiveMembers/{cast}", (string id, HttpRequest request) =>
                _groups.ContainsKey(id) ? Page(request, TransitiveUsers(id)) : NotFound(id));
        }

        v1.MapPost("/$batch", BatchAsync);
        v1.MapPost("/users/{id}/sendMail", (string id) => FindUser(id) is null ? NotFound(id) : Results.StatusCode(202));
        v1.MapPost("/users/{id}/teamwork/sendActivityNotification", (string id) => FindUser(id) is null ? NotFound(id) : Results.NoContent());
        v1.MapPost("/teams/{team}/channels/{channel}/messages", (string team, string channel, JsonObject message, HttpContext context) =>
        {
            var claims = (IReadOnlyDictionary<string, string>)context.Items["claims"]!;
            if (!claims.ContainsKey("scp"))
            {
                return Error(403, "Forbidden", "Message POST is allowed in application-only context only for import purposes.");
            }

            message["id"] = Next("msg");
            message["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = claims.GetValueOrDefault("oid") } };
            return Results.Json(message, statusCode: 201);
        });
        v1.MapPost("/users/{id}/events", (string id, JsonObject body) =>
        {
            body["id"] = Next("evt");
            return Results.Json(body, statusCode: 201);
        });
        v1.MapPost("/users/{id}/events/{eventId}/cancel", () => Results.StatusCode(202));
        v1.MapPut("/drives/{drive}/items/{**path}", async (string drive, string path, HttpRequest request) =>
        {
            var (itemPath, operation) = SplitItemPath(path);
            if (operation != "content")
            {
                return Error(400, "invalidRequest", "Unsupported drive operation.");
            }

            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return Results.Json(StoreFile(drive, itemPath, buffer.ToArray()), statusCode: 201);
        });
        v1.MapPost("/drives/{drive}/items/{**path}", (string drive, string path) =>
        {
            var (itemPath, operation) = SplitItemPath(path);
            if (operation != "createUploadSession")
            {
                return Error(400, "invalidRequest", "Unsupported drive operation.");
            }

            var session = Next("upload");
            _uploads[session] = new UploadSession(drive, itemPath, new MemoryStream());
            return Results.Json(new JsonObject
            {
                ["uploadUrl"] = new Uri(BaseAddress, $"upload/{session}").ToString(),
                ["expirationDateTime"] = TimeProvider.System.GetUtcNow().AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray("0-"),
            });
        });

        // Upload URLs are pre-authenticated, as in Graph: the slices carry no token.
        app.MapPut("/upload/{session}", async (string session, HttpRequest request) =>
        {
            if (!_uploads.TryGetValue(session, out var upload))
            {
                return Error(404, "itemNotFound", "The upload session was not found.");
            }

            var range = ContentRangeHeaderValue.Parse(request.Headers.ContentRange.ToString());
            if (range.From != upload.Content.Length || range.Length is null)
            {
                return Error(416, "invalidRange", "The range does not continue the upload.");
            }

            await request.Body.CopyToAsync(upload.Content);
            if (upload.Content.Length < range.Length)
            {
                return Results.Json(new JsonObject
                {
                    ["expirationDateTime"] = TimeProvider.System.GetUtcNow().AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                    ["nextExpectedRanges"] = new JsonArray($"{upload.Content.Length}-"),
                }, statusCode: 202);
            }

            _uploads.TryRemove(session, out _);
            return Results.Json(StoreFile(upload.Drive, upload.Path, upload.Content.ToArray()), statusCode: 201);
        });
    }

    private async Task<IResult> BatchAsync(JsonObject batch, HttpContext context)
    {
        var steps = batch["requests"] as JsonArray ?? [];
        if (steps.Count > 20)
        {
            return Error(400, "BadRequest", "Number of batch request steps exceeds the maximum of 20.");
        }

        using var client = CreateClient();
        var responses = new JsonArray();
        foreach (var step in steps.OfType<JsonObject>())
        {
            // Each step runs against this emulator itself, with the batch's token, as Graph runs it internally.
            using var inner = new HttpRequestMessage(new HttpMethod((string)step["method"]!), "v1.0" + (string)step["url"]!);
            inner.Headers.Authorization = AuthenticationHeaderValue.Parse(context.Request.Headers.Authorization.ToString());
            if (step["body"] is JsonNode body)
            {
                inner.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var answer = await client.SendAsync(inner);
            var text = await answer.Content.ReadAsStringAsync();
            responses.Add(new JsonObject
            {
                ["id"] = (string?)step["id"],
                ["status"] = (int)answer.StatusCode,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["body"] = text.Length > 0 ? JsonNode.Parse(text) : null,
            });
        }

        return Results.Json(new JsonObject { ["responses"] = responses });
    }

    private IResult Page(HttpRequest request, IReadOnlyList<JsonObject> all)
    {
        var top = int.TryParse(request.Query["$top"], out var t) ? Math.Clamp(t, 1, MaxPageSize) : 100;
        var skip = int.TryParse(request.Query["$skiptoken"], out var s) ? s : 0;
        var page = new JsonArray([.. all.Skip(skip).Take(top).Select(u => (JsonNode)Shape(u, false))]);
        var result = new JsonObject { ["@odata.context"] = ServiceRoot + "/$metadata#users", ["value"] = page };
        if (request.Query["$count"] == "true")
        {
            result["@odata.count"] = all.Count;
        }

        if (skip + top < all.Count)
        {
            var query = HttpUtility.ParseQueryString(request.QueryString.Value ?? "");
            query["$skiptoken"] = (skip + top).ToString(CultureInfo.InvariantCulture);
            query["$top"] = top.ToString(CultureInfo.InvariantCulture);
            result["@odata.nextLink"] = new UriBuilder(new Uri(BaseAddress, request.Path.Value!.TrimStart('/'))) { Query = query.ToString() }.Uri.ToString();
        }

        return Results.Json(result);
    }

    private List<JsonObject> Filter(string filter)
    {
        IEnumerable<JsonObject> users = _users.Values.OrderBy(u => (string?)u["id"], StringComparer.Ordinal);
        var match = System.Text.RegularExpressions.Regex.Match(filter, "^(\\w+) eq (?:'((?:[^']|'')*)'|(true|false))$");
        if (filter.Length > 0)
        {
            if (!match.Success)
            {
                return [];
            }

            var property = match.Groups[1].Value;
            var value = match.Groups[2].Success ? match.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups[3].Value;
            users = users.Where(u => string.Equals(u[property]?.ToString(), value, StringComparison.OrdinalIgnoreCase));
        }

        return [.. users];
    }

    private List<JsonObject> TransitiveUsers(string groupId)
    {
        var ids = new List<string>();
        var seenGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenUsers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([groupId]);
        while (pending.TryDequeue(out var id))
        {
            if (!seenGroups.Add(id) || !_groups.TryGetValue(id, out var group))
            {
                continue;
            }

            ids.AddRange(group.Users.Where(seenUsers.Add));
            group.Groups.ForEach(pending.Enqueue);
        }

        return [.. ids.Select(FindUser).OfType<JsonObject>()];
    }

    private JsonObject? FindUser(string idOrUpn) =>
        _users.TryGetValue(idOrUpn, out var user) ? user
            : _users.Values.FirstOrDefault(u => string.Equals((string?)u["userPrincipalName"], idOrUpn, StringComparison.OrdinalIgnoreCase));

    private JsonObject Shape(JsonObject user, bool expandManager)
    {
        var shaped = (JsonObject)user.DeepClone();
        shaped["@odata.type"] = "#microsoft.graph.user";
        var managerId = (string?)shaped["managerId"];
        shaped.Remove("managerId");
        if (expandManager && managerId is not null)
        {
            shaped["manager"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = managerId };
        }

        return shaped;
    }

    private JsonObject StoreFile(string drive, string path, byte[] content)
    {
        Files[path] = content;
        var item = new JsonObject
        {
            ["id"] = Next("item"),
            ["name"] = path.Split('/')[^1],
            ["size"] = content.LongLength,
            ["webUrl"] = $"https://contoso.sharepoint.example/sites/intranet/{drive}/{path}",
            ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
        };
        _items[path] = item;
        return item;
    }

    private static (string Path, string Operation) SplitItemPath(string raw)
    {
        // The SDK addresses items as "root:/{path}:/{operation}".
        var decoded = Uri.UnescapeDataString(raw);
        var start = decoded.IndexOf(":/", StringComparison.Ordinal);
        var end = decoded.LastIndexOf(":/", StringComparison.Ordinal);
        return start < 0 || end <= start ? (decoded, "") : (decoded[(start + 2)..end], decoded[(end + 2)..]);
    }

    private async Task<IReadOnlyDictionary<string, string>?> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var identity = await _issuer.ValidateEntraTokenAsync(header["Bearer ".Length..]);
        if (identity?.FindFirst("aud")?.Value != Audience)
        {
            return null;
        }

        return identity.Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.First().Value);
    }

    private string Next(string prefix) => $"{prefix}-{Interlocked.Increment(ref _sequence)}";

    private static IResult NotFound(string id) => Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);

    private static Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }

    private sealed record UploadSession(string Drive, string Path, MemoryStream Content);
}
