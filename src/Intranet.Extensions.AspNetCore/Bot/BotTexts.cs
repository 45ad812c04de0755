using Intranet.Extensions.Localization;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>The bot's own texts (help card, refusals) in Korean and English.</summary>
internal static class BotTexts
{
    public static EmbeddedTextCatalog Catalog { get; } = new(typeof(BotTexts).Assembly, "BotStrings");
}
