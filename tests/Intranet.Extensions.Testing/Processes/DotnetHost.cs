namespace Intranet.Extensions.Testing.Processes;

/// <summary>The dotnet executable, for tests that run a project's program as a separate process.</summary>
public static class DotnetHost
{
    /// <summary>
    /// The dotnet CLI tells child processes where it is (DOTNET_HOST_PATH); else the running host, else PATH.
    /// </summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
