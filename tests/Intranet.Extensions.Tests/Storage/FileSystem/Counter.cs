namespace Intranet.Extensions.Tests.Storage.FileSystem;

/// <summary>The document the concurrency tests increment (same shape as the hammer's).</summary>
public sealed record Counter(int Value);
