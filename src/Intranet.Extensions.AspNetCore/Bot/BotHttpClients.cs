namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>Names of the bot's <see cref="IHttpClientFactory"/> clients; hosts may add handlers to them.</summary>
public static class BotHttpClients
{
    /// <summary>Reads the Bot Framework OpenID metadata and keys.</summary>
    public const string Metadata = "Intranet.Bot.Metadata";

    /// <summary>Calls the Bot Connector (with resilience, the per-tenant limiter and the bot's token).</summary>
    public const string Connector = "Intranet.Bot.Connector";
}
