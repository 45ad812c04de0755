using System.Text.Json.Serialization;

namespace Intranet.Extensions.Cards;

/// <summary>An element of an Adaptive Card body. The JSON <c>type</c> names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
public abstract class CardElement
{
    /// <summary>Identifier, needed for inputs and for <see cref="ToggleVisibilityAction"/> targets.</summary>
    public string? Id { get; set; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; set; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; set; }

    /// <summary>Hidden elements can be shown by <see cref="ToggleVisibilityAction"/>.</summary>
    public bool? IsVisible { get; set; }
}
