using System.Text.Json.Serialization;

namespace Intranet.Extensions.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5 subset). Teams renders schema 1.5 at most; Outlook's
/// <c>Action.Execute</c> needs 1.4 or later, so 1.5 is the one version that serves both.
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>The schema version every card of this library declares.</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>The JSON schema address.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    /// <summary>The declared schema version.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; set; } = SchemaVersion;

    /// <summary>
    /// Two-letter language of the card's text. Leave it unset: hosts format dates in the viewer's own locale,
    /// and the official JS renderer (3.0.x) checks this property with a stateful regular expression that
    /// rejects every other card it parses.
    /// </summary>
    [Obsolete("Leave lang unset: the official JS renderer 3.0.x rejects it on every other card it parses (stateful /g regex), and hosts format dates in the viewer's locale anyway.")]
    public string? Lang { get; set; }

    /// <summary>Text shown where the card cannot be rendered, and in notifications.</summary>
    public string? FallbackText { get; set; }

    /// <summary>Actionable-message provider id (Outlook); set by the Outlook channel.</summary>
    public string? Originator { get; set; }

    /// <summary>The card body.</summary>
    public List<CardElement> Body { get; set; } = [];

    /// <summary>Buttons at the bottom of the card.</summary>
    public List<AdaptiveAction> Actions { get; set; } = [];

    /// <summary>Automatic refresh: how Teams and Outlook show each listed user their own view.</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams-specific properties such as full width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; set; }
}

/// <summary>
/// The <c>refresh</c> property of a card. Hosts invoke <see cref="Action"/> automatically for the
/// listed users (at most 60, per the user-specific views documentation) and show them the returned card.
/// </summary>
public sealed class CardRefresh
{
    /// <summary>The maximum number of users Teams accepts in <see cref="UserIds"/>.</summary>
    public const int MaxUserIds = 60;

    /// <summary>The action invoked on refresh.</summary>
    [JsonIgnore]
    public required ExecuteAction Action { get; set; }

    // Written through the base type so the JSON carries "type": "Action.Execute".
    [JsonInclude]
    [JsonPropertyName("action")]
    private AdaptiveAction WireAction
    {
        get => Action;
        set => Action = value as ExecuteAction ?? throw new System.Text.Json.JsonException("refresh.action must be an Action.Execute.");
    }

    /// <summary>Users (Teams MRI or Entra object ids) who get their own view.</summary>
    public List<string> UserIds { get; set; } = [];
}

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed class TeamsCardProperties
{
    /// <summary><c>Full</c> makes the card use the whole message width.</summary>
    public string? Width { get; set; }

    /// <summary>Full-width Teams properties.</summary>
    public static TeamsCardProperties FullWidth => new() { Width = "Full" };
}
