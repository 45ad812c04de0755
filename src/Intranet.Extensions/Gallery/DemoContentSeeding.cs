using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Gallery;

/// <summary>Runs every plugin's demo seeder at start when <see cref="IntranetOptions.SeedDemoContent"/> is on.</summary>
internal sealed class DemoContentSeeding(IEnumerable<IDemoContentSeeder> seeders, IOptions<IntranetOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoContent)
        {
            return;
        }

        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
