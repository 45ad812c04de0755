using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Checks the Bot Framework JWT of an inbound activity as the connector authentication documentation says:
/// signature by a published key (RS256), issuer, audience = bot app id, lifetime with clock skew, the
/// <c>serviceurl</c> claim equal to the activity's <c>serviceUrl</c>, and a key that endorses the activity's channel.
/// </summary>
internal sealed partial class BotAuthenticator
{
    private readonly BotOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly TimeProvider _time;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly HttpDocumentRetriever _retriever;
    private DateTimeOffset _lastForcedFetch = DateTimeOffset.MinValue;

    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _retriever = new HttpDocumentRetriever(httpClients.CreateClient(BotHttpClients.Metadata)) { RequireHttps = !_options.AllowHttpMetadata };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), _retriever)
        {
            AutomaticRefreshInterval = _options.MetadataRefreshInterval,
        };
    }

    /// <summary>Authenticates the request; a non-null <see cref="BotAuthResult.Failure"/> means 401 or 403 and nothing runs.</summary>
    public async Task<BotAuthResult> AuthenticateAsync(string? authorization, BotActivity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Unauthorized("no bearer token");
        }

        var token = authorization["Bearer ".Length..].Trim();
        var (result, keys) = await ValidateAsync(token, null, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid && NamesUnknownKey(token, keys) && MayFetchKeysNow())
        {
            // The keys may have rolled since the last read. The manager refreshes in the background, so the
            // current set is read here directly (at most once a minute, so forged key ids cannot hammer it).
            _metadata.RequestRefresh();
            var fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
            if (fresh is not null)
            {
                (result, keys) = await ValidateAsync(token, fresh, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!result.IsValid)
        {
            LogRejected(_logger, 401, result.Exception?.GetType().Name ?? "invalid token");
            return BotAuthResult.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (serviceUrl is null || !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            LogRejected(_logger, 403, "serviceurl claim does not match the activity");
            return BotAuthResult.Forbidden("serviceurl claim does not match the activity");
        }

        if (!Endorses(result.SecurityToken, keys, activity.ChannelId))
        {
            LogRejected(_logger, 403, $"signing key does not endorse channel '{activity.ChannelId}'");
            return BotAuthResult.Forbidden("signing key does not endorse the channel");
        }

        return BotAuthResult.Success;
    }

    private async Task<(TokenValidationResult Result, JsonWebKeySet? Keys)> ValidateAsync(
        string token, OpenIdConnectConfiguration? fresh, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = fresh ?? await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            LogMetadataUnavailable(_logger, e, _options.OpenIdMetadataUrl);
            return (new TokenValidationResult { IsValid = false, Exception = new SecurityTokenException("metadata unavailable", e) }, null);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = _options.EffectiveIssuers,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = configuration.JsonWebKeySet?.GetSigningKeys() ?? configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = _options.ClockSkew,
            TryAllIssuerSigningKeys = false,
            // Lifetimes are judged by the host's TimeProvider, so tests with a fake clock are honest.
            LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return expires is { } exp && now <= exp + p.ClockSkew && (notBefore is not { } nbf || now >= nbf - p.ClockSkew);
            },
        };
        return (await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false), configuration.JsonWebKeySet);
    }

    private async Task<OpenIdConnectConfiguration?> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await OpenIdConnectConfigurationRetriever.GetAsync(_options.OpenIdMetadataUrl, _retriever, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or ArgumentException)
        {
            LogMetadataUnavailable(_logger, e, _options.OpenIdMetadataUrl);
            return null;
        }
    }

    private static bool NamesUnknownKey(string token, JsonWebKeySet? keys)
    {
        try
        {
            var kid = new JsonWebToken(token).Kid;
            return !string.IsNullOrEmpty(kid) && keys?.Keys.Any(k => k.KeyId == kid) != true;
        }
        catch (ArgumentException)
        {
            return false; // not a JWT at all
        }
    }

    private bool MayFetchKeysNow()
    {
        var now = _time.GetUtcNow();
        lock (_metadata)
        {
            if (now - _lastForcedFetch < TimeSpan.FromMinutes(1))
            {
                return false;
            }

            _lastForcedFetch = now;
            return true;
        }
    }

    private static bool SameServiceUrl(string claimed, string? activity) =>
        activity is not null && string.Equals(claimed.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool Endorses(SecurityToken token, JsonWebKeySet? keys, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || token is not JsonWebToken jwt)
        {
            return false;
        }

        // The key set's own JSON carries the endorsements; the validated token names the key by kid.
        var key = keys?.Keys.FirstOrDefault(k => k.KeyId == jwt.Kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot request rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Framework metadata at {Url} could not be read")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception, string url);
}

/// <summary>The outcome of authenticating an inbound activity.</summary>
internal sealed record BotAuthResult(int? Failure, string? Reason)
{
    public static BotAuthResult Success { get; } = new(null, null);

    public static BotAuthResult Unauthorized(string reason) => new(401, reason);

    public static BotAuthResult Forbidden(string reason) => new(403, reason);
}
