namespace Intranet.Extensions.Cards;

/// <summary>
/// Base of the inputs. A required input must have a <see cref="Label"/> and an
/// <see cref="ErrorMessage"/>: hosts show the label to screen readers and the message when it is empty.
/// </summary>
public abstract class CardInput : CardElement
{
    /// <summary>The label shown above the input.</summary>
    public string? Label { get; set; }

    /// <summary>Whether the host must refuse to submit without a value.</summary>
    public bool? IsRequired { get; set; }

    /// <summary>Shown when the value is missing or invalid.</summary>
    public string? ErrorMessage { get; set; }
}
