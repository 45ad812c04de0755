using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Localization;

namespace Intranet.Extensions.AspNetCore.TeamsApp;

/// <summary>
/// The app manifest (schema 1.23, the current version) and its localization files: Korean is the default
/// language, English the additional one; the bot, single sign-on (<c>webApplicationInfo</c>) and the activity type.
/// </summary>
internal static class TeamsAppManifest
{
    public const string ManifestVersion = "1.23";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    private const string SchemaBase = "https://developer.microsoft.com/json-schemas/teams/v" + ManifestVersion + "/";

    public static EmbeddedTextCatalog Texts { get; } = new(typeof(TeamsAppManifest).Assembly, "TeamsAppStrings");

    /// <summary>The language file name of a culture, e.g. <c>ko-kr.json</c>.</summary>
    public static string LanguageFile(CultureInfo culture) => culture.Name.ToLowerInvariant() + ".json";

    public static JsonObject Manifest(TeamsAppOptions options)
    {
        var korean = IntranetCultures.Korean;
        return new JsonObject
        {
            ["$schema"] = SchemaBase + "MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.Version,
            ["id"] = options.AppId,
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = korean.Name.ToLowerInvariant(),
                ["defaultLanguageFile"] = LanguageFile(korean),
                ["additionalLanguages"] = new JsonArray(new JsonObject
                {
                    ["languageTag"] = IntranetCultures.English.Name.ToLowerInvariant(),
                    ["file"] = LanguageFile(IntranetCultures.English),
                }),
            },
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl,
                ["privacyUrl"] = options.PrivacyUrl,
                ["termsOfUseUrl"] = options.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = Texts.Get("name.short", korean), ["full"] = Texts.Get("name.full", korean) },
            ["description"] = new JsonObject { ["short"] = Texts.Get("description.short", korean), ["full"] = Texts.Get("description.full", korean) },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = options.AccentColor.ToUpperInvariant(),
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = options.BotId,
                ["scopes"] = new JsonArray("personal", "team"),
                ["isNotificationOnly"] = false,
                ["supportsFiles"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray("personal"),
                    ["commands"] = new JsonArray(new JsonObject
                    {
                        ["title"] = Texts.Get("command.help.title", korean),
                        ["description"] = Texts.Get("command.help.description", korean),
                    }),
                }),
            }),
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray(options.Domain),
            ["webApplicationInfo"] = new JsonObject
            {
                ["id"] = options.ClientId,
                ["resource"] = $"api://{options.Domain}/{options.ClientId}",
            },
            ["activities"] = new JsonObject
            {
                ["activityTypes"] = new JsonArray(new JsonObject
                {
                    ["type"] = options.ActivityType,
                    ["description"] = Texts.Get("activity.description", korean),
                    ["templateText"] = Texts.Get("activity.template", korean),
                }),
            },
        };
    }

    /// <summary>A language file: the manifest's texts in <paramref name="culture"/>, keyed by their JSON paths.</summary>
    public static JsonObject Localization(CultureInfo culture) => new()
    {
        ["$schema"] = SchemaBase + "MicrosoftTeams.Localization.schema.json",
        ["name.short"] = Texts.Get("name.short", culture),
        ["name.full"] = Texts.Get("name.full", culture),
        ["description.short"] = Texts.Get("description.short", culture),
        ["description.full"] = Texts.Get("description.full", culture),
        ["bots[0].commandLists[0].commands[0].title"] = Texts.Get("command.help.title", culture),
        ["bots[0].commandLists[0].commands[0].description"] = Texts.Get("command.help.description", culture),
        ["activities.activityTypes[0].description"] = Texts.Get("activity.description", culture),
        ["activities.activityTypes[0].templateText"] = Texts.Get("activity.template", culture),
    };
}
