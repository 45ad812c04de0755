using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Tests.Storage.FileSystem;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Tests.People.Roster;

public sealed class RosterRegistrationTests : IDisposable
{
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_runtime_registers_the_roster_directory_reading_RosterPath_under_DataPath()
    {
        await RosterFile.WriteJsonAsync(Path.Combine(folder.Path, "org", "staff.json"), [new StaffMember { Id = "u-1", DisplayName = "김민준" }]);
        var services = new ServiceCollection();
        services.AddIntranetExtensions(o =>
        {
            o.DataPath = folder.Path;
            o.RosterPath = Path.Combine("org", "staff.json");
        });
        await using var provider = services.BuildServiceProvider();

        var directory = provider.GetRequiredService<IDirectory>();

        Assert.IsType<RosterDirectory>(directory);
        Assert.Equal("김민준", (await directory.FindAsync("u-1"))?.DisplayName);
    }
}
