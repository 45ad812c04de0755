using Intranet.Extensions.Testing.Repository;

namespace Intranet.Extensions.Testing.Tests.Repository;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_holds_the_solution_and_the_test_tools()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, RepositoryPaths.SolutionFileName)));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.TestTools, "validate-cards.js")));
        Assert.True(File.Exists(RepositoryPaths.Resolve(RepositoryPaths.InstallScript)));
    }
}
