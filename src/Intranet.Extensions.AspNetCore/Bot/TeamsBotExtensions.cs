using System.Net;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using Polly;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Adds the Teams/Outlook bot: <c>builder.AddTeamsBot(config.GetSection("Intranet:Bot"))</c> registers the
/// proactive <c>teams</c> delivery channel and what <c>app.MapTeamsBot()</c> serves at <c>/api/messages</c>.
/// </summary>
public static class TeamsBotExtensions
{
    /// <summary>Adds the bot with options from the <see cref="BotOptions.SectionName"/> section, bound by the host.</summary>
    public static IIntranetBuilder AddTeamsBot(this IIntranetBuilder builder) => builder.AddTeamsBot(static _ => { });

    /// <summary>Adds the bot with options bound from <paramref name="section"/>.</summary>
    public static IIntranetBuilder AddTeamsBot(this IIntranetBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<BotOptions>().Bind(section);
        return builder.AddTeamsBot(static _ => { });
    }

    /// <summary>Adds the bot with options set in code.</summary>
    public static IIntranetBuilder AddTeamsBot(this IIntranetBuilder builder, Action<BotOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<BotOptions>()
            .Configure(configure)
            .Validate(static o => o.AllowHttpMetadata || o.OpenIdMetadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Intranet:Bot:OpenIdMetadataUrl must use https (AllowHttpMetadata is for loopback tests only).")
            .ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(BotEndpoint)))
        {
            return builder;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<BotConnectorClient>();
        services.TryAddSingleton<TenantRateLimiter>();
        services.TryAddSingleton<BotEndpoint>();
        services.TryAddTransient<TenantRateLimitHandler>();
        services.TryAddTransient<BotTokenHandler>();
        services.TryAddSingleton<TeamsBotChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryChannel, TeamsBotChannel>(static sp => sp.GetRequiredService<TeamsBotChannel>()));
        services.TryAddSingleton(static sp => new TeamsCardUpdater(sp.GetRequiredService<ConversationStore>(), sp.GetRequiredService<TeamsBotChannel>()));

        services.AddHttpClient(BotHttpClients.Metadata);

        // Outbound tokens: Microsoft.Identity.Web's token acquisition with the bot's own app registration.
        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.AddOptions<MicrosoftIdentityApplicationOptions>(BotTokenHandler.AuthenticationOptionsName)
            .Configure<IOptions<BotOptions>>(static (identity, bot) =>
            {
                identity.Instance = bot.Value.Instance;
                identity.TenantId = bot.Value.TenantId;
                identity.ClientId = bot.Value.AppId;
                identity.ClientCredentials =
                [
                    new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = bot.Value.AppSecret },
                ];
            });
        services.AddHttpClient(BotHttpClients.Connector)
            .AddResilienceHandler("bot-connector", static (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    ShouldRetryAfterHeader = true, // 429 (and 503) carry Retry-After: wait exactly that long
                    ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });
        // The limiter is nearest the wire: requests that waited for a token together must not leave together.
        services.AddHttpClient(BotHttpClients.Connector)
            .AddHttpMessageHandler<BotTokenHandler>()
            .AddHttpMessageHandler<TenantRateLimitHandler>();
        return builder;
    }

    /// <summary>Maps the Bot Framework endpoint (the messaging endpoint of the Azure Bot resource).</summary>
    public static IEndpointConventionBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, static (HttpRequest request, BotEndpoint bot, CancellationToken cancellationToken) =>
                bot.HandleAsync(request, cancellationToken))
            .ExcludeFromDescription();
    }

    // DESIGN section 3: retry 429, 412 and 5xx (and timeouts); a 403 or 404 is an answer, not a hiccup.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };
}
