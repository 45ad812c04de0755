namespace Intranet.Extensions.Storage;

/// <summary>A stored JSON document and its version.</summary>
/// <param name="Key">The key, segments separated by '/'.</param>
/// <param name="Json">UTF-8 JSON.</param>
/// <param name="ETag">The version.</param>
public sealed record StateEntry(string Key, ReadOnlyMemory<byte> Json, ETag ETag);

/// <summary>A typed document and its version.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Value">The document.</param>
/// <param name="ETag">The version to pass back in <see cref="WriteCondition.Matches"/>.</param>
public sealed record Versioned<T>(T Value, ETag ETag);
