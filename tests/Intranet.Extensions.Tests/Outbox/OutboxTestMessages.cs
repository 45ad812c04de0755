using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Tests.Outbox;

/// <summary>Messages whose card says hello in the culture it is built for.</summary>
internal static class OutboxTestMessages
{
    public const string Korean = "안녕하세요";
    public const string English = "Hello";

    public static OutboxMessage Hello(Audience audience, string? id = null, string? channel = null, string pluginId = "praise") => new()
    {
        Id = id,
        PluginId = pluginId,
        CardName = "received",
        Audience = audience,
        Channel = channel,
        Card = culture => new AdaptiveCard { Body = { new TextBlock(culture.Name == "ko-KR" ? Korean : English) } },
    };

    public static OutboxMessage HelloTo(params string[] userIds) => Hello(Audience.Users(userIds));

    public static OutboxMessage HelloWithId(string id, params string[] userIds) => Hello(Audience.Users(userIds), id);

    public static string TextOf(DeliveryRequest request) => ((TextBlock)request.Card.Body[0]).Text;
}
