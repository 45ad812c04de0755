using Intranet.Extensions.Testing.Cards;

namespace Intranet.Extensions.Testing.Tests.Cards;

public sealed class AdaptiveCardValidatorTests
{
    // What the project sends to Teams: version 1.5 with a universal action, a refresh and full width.
    private const string ValidCard = """
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "msteams": { "width": "Full" },
          "refresh": {
            "action": { "type": "Action.Execute", "verb": "refreshNotice", "data": { "noticeId": "42" } },
            "userIds": [ "29:1a2b3c" ]
          },
          "body": [
            { "type": "TextBlock", "text": "Cafeteria menu", "weight": "Bolder", "size": "Medium", "wrap": true },
            {
              "type": "Input.Text", "id": "comment", "label": "Comment", "isRequired": true,
              "errorMessage": "Please enter a comment."
            }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Send", "verb": "sendComment", "data": { "noticeId": "42" } }
          ]
        }
        """;

    private readonly AdaptiveCardValidator _validator = new();

    [Fact]
    public async Task A_valid_version_1_5_card_has_no_events()
    {
        Assert.Empty(await _validator.ValidateAsync("valid", ValidCard));
        await _validator.AssertValidAsync("valid", ValidCard);
    }

    [Fact]
    public async Task One_batch_reports_each_broken_card_separately()
    {
        var results = await _validator.ValidateAsync(new Dictionary<string, string>
        {
            ["valid"] = ValidCard,
            ["unknown element"] = """
                { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Intranet.Banner", "text": "x" } ] }
                """,
            ["unknown action"] = """
                { "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Teleport" } ] }
                """,
            ["version 1.6"] = """
                { "type": "AdaptiveCard", "version": "1.6", "body": [ { "type": "TextBlock", "text": "x" } ] }
                """,
            ["malformed"] = """{ "type": "AdaptiveCard", "version": "1.5", "body": [ """,
            ["no type"] = """{ "version": "1.5", "body": [] }""",
        });

        Assert.Empty(results["valid"]);
        AssertHas(results["unknown element"], "Parse", "UnknownElementType", "Intranet.Banner");
        AssertHas(results["unknown action"], "Parse", "UnknownActionType", "Action.Teleport");
        AssertHas(results["version 1.6"], "Host", "UnsupportedCardVersion", "1.6");
        AssertHas(results["malformed"], "Json", "InvalidJson", "not valid JSON");
        AssertHas(results["no type"], "Host", "MissingCardType", "AdaptiveCard");
    }

    [Fact]
    public async Task Renderer_validation_events_are_reported()
    {
        var events = await _validator.ValidateAsync("required input without label", """
            { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Input.Text", "id": "a", "isRequired": true } ] }
            """);

        AssertHas(events, "Validation", "RequiredInputsShouldHaveLabel", "label");
        AssertHas(events, "Validation", "RequiredInputsShouldHaveErrorMessage", "error message");
    }

    [Fact]
    public async Task Collections_the_renderer_drops_silently_are_reported()
    {
        var events = await _validator.ValidateAsync("items not an array", """
            { "type": "AdaptiveCard", "version": "1.5",
              "body": [ { "type": "Container", "items": { "type": "TextBlock", "text": "lost" } } ] }
            """);

        AssertHas(events, "Host", "InvalidPropertyValue", "\"items\"");
    }

    [Fact]
    public async Task Assertion_lists_every_event_of_every_invalid_card()
    {
        var exception = await Assert.ThrowsAsync<AdaptiveCardValidationException>(() => _validator.AssertAllValidAsync(
            new Dictionary<string, string>
            {
                ["fine"] = ValidCard,
                ["gallery/banner"] = """{ "type": "AdaptiveCard", "version": "1.6", "body": [ { "type": "Banner" } ] }""",
            }));

        Assert.Equal(["gallery/banner"], exception.EventsByCard.Keys);
        Assert.Contains("gallery/banner", exception.Message);
        Assert.Contains("UnknownElementType", exception.Message);
        Assert.Contains("UnsupportedCardVersion", exception.Message);
    }

    private static void AssertHas(IReadOnlyList<AdaptiveCardEvent> events, string phase, string name, string messagePart) =>
        Assert.True(
            events.Any(e => e.Phase == phase && e.Event == name && e.Message.Contains(messagePart, StringComparison.Ordinal)),
            $"Expected a {phase} {name} event mentioning '{messagePart}', got:{Environment.NewLine}{string.Join(Environment.NewLine, events)}");
}
