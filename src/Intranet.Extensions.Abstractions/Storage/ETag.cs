namespace Intranet.Extensions.Storage;

/// <summary>An opaque version tag of a stored document; changes on every write.</summary>
/// <param name="Value">The tag as the store reports it.</param>
public readonly record struct ETag(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
