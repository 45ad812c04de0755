namespace Intranet.Extensions.Testing.Repository;

/// <summary>Builds the one failure every fixture raises when a real part is not installed: tests never skip.</summary>
internal static class Prerequisites
{
    public static InvalidOperationException Missing(string what) =>
        new($"{what} Run `{RepositoryPaths.InstallScript}` from the repository root ({RepositoryPaths.Root}) " +
            "to install the test prerequisites, then run the tests again.");

    public static void RequireNodeModules(string package)
    {
        var folder = Path.Combine(RepositoryPaths.TestToolsNodeModules, package);
        if (!Directory.Exists(folder))
        {
            throw Missing($"The npm package '{package}' is not installed in {RepositoryPaths.TestToolsNodeModules}.");
        }
    }
}
