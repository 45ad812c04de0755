namespace Intranet.Plugins.IdeaBoard.Comments;

/// <summary>A comment on an idea, stored at <c>ideaboard/data/{campaign}/comments/{idea}/{id}</c>.</summary>
internal sealed record Comment(
    string Id, string IdeaId, string AuthorId, string AuthorName, string? AuthorDepartment, string Text, DateTimeOffset PostedAt);
