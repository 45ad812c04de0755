namespace Intranet.Extensions.Testing.Processes;

/// <summary>What a Node.js script run to completion produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
public sealed record NodeProcessResult(int ExitCode, string StandardOutput, string StandardError);
