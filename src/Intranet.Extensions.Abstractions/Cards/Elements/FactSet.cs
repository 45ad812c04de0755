namespace Intranet.Extensions.Cards;

/// <summary>A list of name–value pairs.</summary>
public sealed class FactSet : CardElement
{
    /// <summary>The facts.</summary>
    public List<Fact> Facts { get; set; } = [];
}

/// <summary>A name–value pair of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The name.</param>
/// <param name="Value">The value.</param>
public sealed record Fact(string Title, string Value);
