using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Actions;

/// <summary>
/// The Universal Actions invoke response (<c>adaptiveCard/action</c>): a card, a message or an error.
/// Teams, Outlook and the dev inbox all receive this shape.
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>Content type of a card answer.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Content type of a message answer.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Content type of an error answer.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>200, or 400/500 for errors.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>One of the content types above.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The card, the message text, or <c>{code, message}</c>.</summary>
    [JsonPropertyName("value")]
    public JsonNode? Value { get; init; }

    /// <summary>The response for a handler's result.</summary>
    public static InvokeResponse From(CardActionResult result) => result switch
    {
        CardResult card => new() { StatusCode = 200, Type = CardType, Value = card.Card.ToJsonObject() },
        MessageResult message => new() { StatusCode = 200, Type = MessageType, Value = JsonValue.Create(message.Text) },
        ErrorResult error => new()
        {
            StatusCode = error.StatusCode,
            Type = ErrorType,
            Value = new JsonObject { ["code"] = error.Code, ["message"] = error.Message },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}
