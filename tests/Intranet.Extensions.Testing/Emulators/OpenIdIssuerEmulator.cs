using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>
/// A loopback OpenID issuer with RSA keys generated at run time. It serves two key sets in the real wire formats:
/// the Bot Framework one (<c>/v1/.well-known/openidconfiguration</c>, keys carrying <c>endorsements</c>) and an
/// Entra ID tenant (<c>/{tenant}/v2.0/.well-known/openid-configuration</c>, a client-credentials token endpoint).
/// Tests sign tokens with <see cref="CreateBotToken"/> and <see cref="CreateEntraToken"/>; a foreign key that
/// the key sets never publish makes forged tokens.
/// </summary>
public sealed class OpenIdIssuerEmulator : LoopbackEmulator
{
    /// <summary>The issuer of Bot Framework tokens (DESIGN section 3).</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string OnBehalfOfGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly ConcurrentDictionary<string, string> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _tokenRequests = new();

    /// <summary>Creates the emulator; <paramref name="time"/> stamps the tokens it issues (system clock by default).</summary>
    public OpenIdIssuerEmulator(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
    }

    /// <summary>The clock the tokens are stamped with.</summary>
    public TimeProvider Time { get; }

    /// <summary>Published in the Bot Framework key set, endorsing <c>msteams</c> and <c>outlook</c>.</summary>
    public RsaSecurityKey BotKey { get; } = NewKey("bot-endorsed");

    /// <summary>Published in the Bot Framework key set, endorsing only <c>webchat</c>.</summary>
    public RsaSecurityKey WebChatOnlyKey { get; } = NewKey("bot-webchat");

    /// <summary>Published in the Entra ID key set.</summary>
    public RsaSecurityKey EntraKey { get; } = NewKey("entra");

    /// <summary>Published only after <see cref="RollBotKeys"/>, as when the Bot Framework rolls its keys.</summary>
    public RsaSecurityKey NextBotKey { get; } = NewKey("bot-next");

    /// <summary>Whether <see cref="NextBotKey"/> is in the Bot Framework key set yet.</summary>
    public bool BotKeysRolled { get; private set; }

    /// <summary>Publishes <see cref="NextBotKey"/> (endorsing <c>msteams</c> and <c>outlook</c>) from now on.</summary>
    public void RollBotKeys() => BotKeysRolled = true;

    /// <summary>Never published: tokens signed with it are forgeries.</summary>
    public RsaSecurityKey ForeignKey { get; } = NewKey("bot-endorsed"); // same kid as BotKey, different key

    /// <summary>The Bot Framework OpenID metadata address (configure it as the bot's metadata URL).</summary>
    public Uri BotMetadataUrl => new(BaseAddress, "v1/.well-known/openidconfiguration");

    /// <summary>The Entra ID instance (authority host) of this issuer, e.g. <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Instance => BaseAddress;

    /// <summary>Client ids of every client-credentials token request, in order.</summary>
    public IReadOnlyCollection<string> TokenRequests => _tokenRequests.ToArray();

    /// <summary>The Entra ID issuer of <paramref name="tenantId"/> (v2.0 tokens).</summary>
    public string EntraIssuer(string tenantId) => new Uri(BaseAddress, $"{tenantId}/v2.0").ToString();

    /// <summary>Lets <paramref name="clientId"/> get tokens with <paramref name="secret"/> at the token endpoint.</summary>
    public void RegisterClient(string clientId, string secret) => _clients[clientId] = secret;

    /// <summary>Signs a Bot Framework token, the way the Bot Connector signs what it posts to <c>/api/messages</c>.</summary>
    /// <param name="audience">The bot's app id.</param>
    /// <param name="serviceUrl">The <c>serviceurl</c> claim.</param>
    /// <param name="key">The signing key; <see cref="BotKey"/> when null.</param>
    /// <param name="issuer">The issuer; <see cref="BotFrameworkIssuer"/> when null.</param>
    /// <param name="lifetime">From issue to expiry; one hour when null.</param>
    /// <param name="issuedAt">When it was issued; now when null.</param>
    public string CreateBotToken(
        string audience, string serviceUrl, RsaSecurityKey? key = null, string? issuer = null, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl, ["appid"] = "botframework-connector" };
        return Sign(key ?? BotKey, issuer ?? BotFrameworkIssuer, audience, claims, lifetime, issuedAt);
    }

    /// <summary>Signs an Entra ID v2.0 access token of <paramref name="tenantId"/> for a person or an app.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="audience">The API's client id (or app id URI).</param>
    /// <param name="objectId">The caller's object id (<c>oid</c>).</param>
    /// <param name="roles">App roles granted to the caller.</param>
    /// <param name="key">The signing key; <see cref="EntraKey"/> when null.</param>
    /// <param name="lifetime">From issue to expiry; one hour when null.</param>
    /// <param name="scopes">Delegated scopes (<c>scp</c>), space-separated, e.g. <c>access_as_user</c>.</param>
    public string CreateEntraToken(
        string tenantId, string audience, string objectId, IEnumerable<string>? roles = null, RsaSecurityKey? key = null, TimeSpan? lifetime = null,
        string? scopes = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["ver"] = "2.0",
            ["azp"] = "test-client",
        };
        if (roles?.ToArray() is { Length: > 0 } granted)
        {
            claims["roles"] = granted;
        }

        if (!string.IsNullOrEmpty(scopes))
        {
            claims["scp"] = scopes;
        }

        return Sign(key ?? EntraKey, EntraIssuer(tenantId), audience, claims, lifetime, null);
    }

    /// <inheritdoc />
    protected override void MapEndpoints(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = new Uri(BaseAddress, "v1/authorize").ToString(),
            ["jwks_uri"] = new Uri(BaseAddress, "v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(BotKeysRolled
            ? KeySet((BotKey, ["msteams", "outlook"]), (WebChatOnlyKey, ["webchat"]), (NextBotKey, ["msteams", "outlook"]))
            : KeySet((BotKey, ["msteams", "outlook"]), (WebChatOnlyKey, ["webchat"]))));

        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = EntraIssuer(tenant),
            ["authorization_endpoint"] = new Uri(BaseAddress, $"{tenant}/oauth2/v2.0/authorize").ToString(),
            ["token_endpoint"] = new Uri(BaseAddress, $"{tenant}/oauth2/v2.0/token").ToString(),
            ["jwks_uri"] = new Uri(BaseAddress, $"{tenant}/discovery/v2.0/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["response_types_supported"] = new JsonArray("code", "token"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => Results.Json(KeySet((EntraKey, []))));
        app.MapPost("/{tenant}/oauth2/v2.0/token", IssueAsync);
    }

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var clientId = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        var scope = form["scope"].ToString();
        _tokenRequests.Enqueue(clientId);
        var grant = form["grant_type"].ToString();
        if (grant is not ("client_credentials" or OnBehalfOfGrant))
        {
            return OAuthError("unsupported_grant_type", "Only client_credentials and on-behalf-of are emulated.");
        }

        if (!_clients.TryGetValue(clientId, out var expected) || !string.Equals(expected, secret, StringComparison.Ordinal))
        {
            return OAuthError("invalid_client", "AADSTS7000215: Invalid client secret provided.", StatusCodes.Status401Unauthorized);
        }

        var resource = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s.Contains('/', StringComparison.Ordinal)) ?? "";
        var audience = resource.EndsWith("/.default", StringComparison.Ordinal) ? resource[..^"/.default".Length] : resource;
        var lifetime = TimeSpan.FromHours(1);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenant,
            ["appid"] = clientId,
            ["azp"] = clientId,
            ["oid"] = "app-" + clientId,
            ["idtyp"] = "app",
            ["ver"] = "2.0",
        };
        if (grant == OnBehalfOfGrant)
        {
            // The person's token to the API becomes a delegated token to the resource, for the same person.
            var person = await ValidateEntraTokenAsync(form["assertion"].ToString());
            if (person?.FindFirst("aud")?.Value != clientId || person.FindFirst("oid") is not { } oid)
            {
                return OAuthError("invalid_grant", "AADSTS50013: Assertion failed signature validation or is not for this client.");
            }

            claims["oid"] = oid.Value;
            claims["sub"] = oid.Value;
            claims["idtyp"] = "user";
            claims["scp"] = "ChannelMessage.Send User.Read";
        }

        var token = Sign(EntraKey, EntraIssuer(tenant), audience, claims, lifetime, null);
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)lifetime.TotalSeconds,
            ["ext_expires_in"] = (int)lifetime.TotalSeconds,
            ["access_token"] = token,
        });
    }

    private static IResult OAuthError(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private string Sign(
        RsaSecurityKey key, string issuer, string audience, Dictionary<string, object> claims, TimeSpan? lifetime, DateTimeOffset? issuedAt)
    {
        var issued = issuedAt ?? Time.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issued.UtcDateTime,
            NotBefore = issued.UtcDateTime,
            Expires = (issued + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static JsonObject KeySet(params (RsaSecurityKey Key, string[] Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            var entry = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = jwk.N,
                ["e"] = jwk.E,
            };
            if (endorsements.Length > 0)
            {
                entry["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            array.Add(entry);
        }

        return new JsonObject { ["keys"] = array };
    }

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>The claims of a token this issuer signed, without validating it (for emulators that check callers).</summary>
    public static IReadOnlyDictionary<string, object> ReadClaims(string token) =>
        new JsonWebToken(token).Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value);

    /// <summary>Whether <paramref name="token"/> was signed by <see cref="EntraKey"/> and is not expired.</summary>
    public async Task<ClaimsIdentity?> ValidateEntraTokenAsync(string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = EntraKey,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => expires is null || expires > Time.GetUtcNow().UtcDateTime,
        });
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
