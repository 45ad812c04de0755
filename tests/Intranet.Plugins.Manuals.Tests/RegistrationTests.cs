using Intranet.Extensions.Testing.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Registration: idempotent, options from configuration, bad options fail at start.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Adding_the_plugin_twice_is_harmless_and_bad_options_fail_at_start()
    {
        await using var host = await IntranetTestHost.StartAsync(
            TestRoster.People(), b => b.AddManuals().AddManuals(o => o.PageSize = 5));
        await using var bad = await IntranetTestHost.StartAsync(
            TestRoster.People(), b => b.AddManuals(o => o.PageSize = 0));

        Assert.Equal(5, host.Get<IOptions<ManualsOptions>>().Value.PageSize);
        Assert.Single(host.Services.GetServices<Extensions.Gallery.ICardSampleProvider>(), p => p.GetType().Assembly == typeof(ManualsPlugin).Assembly);
        var error = Assert.Throws<OptionsValidationException>(() => bad.Get<IOptions<ManualsOptions>>().Value);
        Assert.Contains("PageSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intranet:Manuals:PageSize"] = "6",
            ["Intranet:Manuals:ReminderTime"] = "08:30",
            ["Intranet:Manuals:MaxAttachmentBytes"] = "1048576",
        }).Build();

        await using var host = await IntranetTestHost.StartAsync(TestRoster.People(), b => b.AddManuals(configuration.GetSection(ManualsOptions.SectionName)));

        var options = host.Get<IOptions<ManualsOptions>>().Value;
        Assert.Equal((6, new TimeOnly(8, 30), 1_048_576L), (options.PageSize, options.ReminderTime, options.MaxAttachmentBytes));
        Assert.NotNull(host.Get<Library.IManualLibrary>());
    }
}
