using System.Text.Json.Serialization;

namespace Intranet.Extensions.Cards;

/// <summary>A button of a card. The JSON <c>type</c> names the concrete action.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class AdaptiveAction
{
    /// <summary>Identifier.</summary>
    public string? Id { get; set; }

    /// <summary>Button text.</summary>
    public string? Title { get; set; }

    /// <summary>Emphasis.</summary>
    public ActionStyle? Style { get; set; }
}
