using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>The dev inbox JSON API: people, a person's cards, and actions on them.</summary>
internal static class DevInboxApi
{
    public static async Task<IResult> PeopleAsync(IDirectory directory, CancellationToken cancellationToken)
    {
        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(Audience.All, cancellationToken))
        {
            people.Add(person);
        }

        return Results.Ok(people
            .OrderBy(p => p.Department, StringComparer.Ordinal).ThenBy(p => p.DisplayName, StringComparer.Ordinal)
            .Select(p => new { p.Id, p.DisplayName, p.Department, p.JobTitle, p.PreferredLanguage }));
    }

    public static async Task<IResult> InboxAsync(
        HttpRequest request, string? user, IDirectory directory, DevInboxStore inbox, PluginRegistry plugins, RuntimeTexts runtime,
        CancellationToken cancellationToken)
    {
        var culture = DevInboxTexts.CultureOf(request, runtime);
        if (string.IsNullOrWhiteSpace(user))
        {
            return Error("MissingUser", StatusCodes.Status400BadRequest, culture);
        }

        var person = await directory.FindAsync(user, cancellationToken);
        if (person is null)
        {
            return Error("UnknownUser", StatusCodes.Status404NotFound, culture);
        }

        var personCulture = runtime.CultureOf(person);
        var items = await inbox.ListAsync(person.Id, cancellationToken);
        return Results.Ok(items.Select(i => new
        {
            i.Id,
            Plugin = i.PluginId,
            PluginName = plugins.Plugins.FirstOrDefault(p => p.Id == i.PluginId)?.GetName(personCulture) ?? i.PluginId,
            i.MessageId,
            i.Card,
            i.DeliveredAt,
            i.UpdatedAt,
        }));
    }

    public static async Task<IResult> ActAsync(
        HttpRequest request, IDirectory directory, DevInboxStore inbox, CardActionRouter router, RuntimeTexts runtime,
        IOptions<DevInboxOptions> options, CancellationToken cancellationToken)
    {
        var culture = DevInboxTexts.CultureOf(request, runtime);
        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Error("TooLarge", StatusCodes.Status413PayloadTooLarge, culture);
        }

        var (action, error) = DevInboxActionRequest.Parse(body);
        if (action is null)
        {
            return Error(error!, StatusCodes.Status400BadRequest, culture);
        }

        var actor = await directory.FindAsync(action.User, cancellationToken);
        if (actor is null)
        {
            return Error("UnknownUser", StatusCodes.Status404NotFound, culture);
        }

        if (action.MessageId is not null && await inbox.FindAsync(actor.Id, action.MessageId, cancellationToken) is null)
        {
            return Error("UnknownMessage", StatusCodes.Status404NotFound, runtime.CultureOf(actor));
        }

        var result = await router.RouteAsync(
            new CardActionRequest(action.Verb, action.Data, actor, ActionChannels.DevInbox, action.MessageId, action.Trigger), cancellationToken);
        if (result is CardResult card && action.MessageId is not null)
        {
            await inbox.ReplaceCardAsync(actor.Id, action.MessageId, card.Card, cancellationToken);
        }

        // Like a bot's invoke answer, a failure on our side still travels as HTTP 200 with statusCode 500
        // inside; the actor's mistakes (unknown verb, bad data) are plain 4xx.
        var response = InvokeResponse.From(result);
        return Results.Json(response, statusCode: response.StatusCode is >= 400 and < 500 ? response.StatusCode : StatusCodes.Status200OK);
    }

    public static async Task<IResult> DocumentAsync(string path, IDocumentStore documents, CancellationToken cancellationToken)
    {
        try
        {
            StateKeys.Validate(path);
        }
        catch (ArgumentException)
        {
            return Results.NotFound();
        }

        var document = await documents.OpenReadAsync(path, cancellationToken);
        return document is null
            ? Results.NotFound()
            : Results.Stream(document.Content, document.Info.ContentType, Path.GetFileName(path), document.Info.LastModified);
    }

    public static IResult Texts(HttpRequest request, RuntimeTexts runtime)
    {
        var culture = DevInboxTexts.CultureOf(request, runtime);
        var texts = new JsonObject { ["lang"] = culture.Name };
        foreach (var key in DevInboxTexts.Catalog.Keys(culture).Where(k => k.StartsWith("page.", StringComparison.Ordinal)))
        {
            texts[key] = DevInboxTexts.Catalog.Get(key, culture);
        }

        return Results.Ok(texts);
    }

    private static IResult Error(string code, int status, CultureInfo culture) =>
        Results.Json(
            InvokeResponse.From(CardActionResult.Error(code, DevInboxTexts.Catalog.Get($"error.{code}", culture), status)),
            statusCode: status);
}
