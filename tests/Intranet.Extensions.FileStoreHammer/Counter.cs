namespace Intranet.Extensions.FileStoreHammer;

/// <summary>The counter document both processes increment.</summary>
/// <param name="Value">How many increments were stored.</param>
internal sealed record Counter(int Value);
