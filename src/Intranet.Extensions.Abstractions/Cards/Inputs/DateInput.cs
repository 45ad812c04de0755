namespace Intranet.Extensions.Cards;

/// <summary>A date picker (<c>Input.Date</c>); values are <c>yyyy-MM-dd</c>.</summary>
public sealed class DateInput : CardInput
{
    /// <summary>Initial value.</summary>
    public string? Value { get; set; }

    /// <summary>Earliest allowed date.</summary>
    public string? Min { get; set; }

    /// <summary>Latest allowed date.</summary>
    public string? Max { get; set; }
}
