namespace Intranet.Samples.PraisePlugin.Model;

/// <summary>One praise, stored at <c>praise/items/{id}</c>.</summary>
internal sealed record Praise(
    string Id, string FromId, string FromName, string? FromDepartment, string ToId, string ToName, string Message,
    DateTimeOffset SentAt, DateTimeOffset? ThankedAt = null);
