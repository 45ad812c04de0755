using System.Text.Json.Nodes;

namespace Intranet.Extensions.Admin;

/// <summary>What an admin operation answers: JSON, a file, or an error in the caller's language.</summary>
public abstract record AdminResult
{
    private protected AdminResult() { }

    /// <summary>A JSON answer (HTTP 200).</summary>
    public static AdminResult Json(JsonNode value) => new AdminJsonResult(value);

    /// <summary>A file to download, such as a CSV report.</summary>
    public static AdminResult File(ReadOnlyMemory<byte> content, string contentType, string fileName) => new AdminFileResult(content, contentType, fileName);

    /// <summary>A refusal: 400 for bad input, 404 for something unknown, 409 for a state that does not allow it.</summary>
    public static AdminResult Error(int statusCode, string code, string message) => new AdminErrorResult(statusCode, code, message);
}

/// <summary>A JSON answer.</summary>
/// <param name="Value">The JSON.</param>
public sealed record AdminJsonResult(JsonNode Value) : AdminResult;

/// <summary>A file answer.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="FileName">The download name.</param>
public sealed record AdminFileResult(ReadOnlyMemory<byte> Content, string ContentType, string FileName) : AdminResult;

/// <summary>An error answer.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">A stable code.</param>
/// <param name="Message">The message, in the caller's language.</param>
public sealed record AdminErrorResult(int StatusCode, string Code, string Message) : AdminResult;
