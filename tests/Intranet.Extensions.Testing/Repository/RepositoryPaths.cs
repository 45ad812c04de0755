namespace Intranet.Extensions.Testing.Repository;

/// <summary>
/// Locates the repository checkout from a running test, so tests find the Node tools and the install script
/// whatever the output folder is.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFileName = "Intranet.Extensions.sln";

    /// <summary>The script that installs every real part the tests need, relative to <see cref="Root"/>.</summary>
    public const string InstallScript = "eng/install-test-prerequisites.sh";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>Gets the repository root: the nearest folder above the test output that holds the solution file.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Gets the folder with the Node tools (package.json, validate-cards.js, node_modules).</summary>
    public static string TestTools => Path.Combine(Root, "tests", "tools");

    /// <summary>Gets the node_modules folder of <see cref="TestTools"/>.</summary>
    public static string TestToolsNodeModules => Path.Combine(TestTools, "node_modules");

    /// <summary>Combines <paramref name="relativeParts"/> with the repository root.</summary>
    /// <param name="relativeParts">Path segments below the root.</param>
    /// <returns>The absolute path.</returns>
    public static string Resolve(params string[] relativeParts) => Path.Combine([Root, .. relativeParts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} found in any folder above {AppContext.BaseDirectory}; run the tests from a repository checkout.");
    }
}
