namespace Intranet.Extensions.Testing.Emulators;

/// <summary>One HTTP request a <see cref="LoopbackEmulator"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path and query string, for example <c>/v1.0/users?$top=5</c>.</param>
/// <param name="Headers">The request headers, names case-insensitive, repeated values joined with ", ".</param>
/// <param name="Body">The request body as UTF-8 text, empty when there is none.</param>
public sealed record RecordedRequest(
    string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
