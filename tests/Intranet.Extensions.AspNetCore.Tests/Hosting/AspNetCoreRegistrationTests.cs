using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Tests.Hosting;

public sealed class AspNetCoreRegistrationTests
{
    private static WebApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddIntranetExtensions(builder.Configuration.GetSection(IntranetOptions.SectionName))
            .AddAspNetCore(builder.Configuration.GetSection(DevInboxOptions.SectionName));
        return builder;
    }

    [Fact]
    public void Binds_dev_inbox_options_from_configuration()
    {
        using var app = Builder(("Intranet:DevInbox:Enabled", "false"), ("Intranet:DevInbox:MaxRequestBytes", "2048")).Build();

        var options = app.Services.GetRequiredService<IOptions<DevInboxOptions>>().Value;

        Assert.Equal((false, 2048), (options.Enabled, options.MaxRequestBytes));
    }

    [Fact]
    public async Task Bad_dev_inbox_options_fail_at_start()
    {
        await using var app = Builder(("Intranet:DevInbox:MaxRequestBytes", "10"), ("urls", "http://127.0.0.1:0")).Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    [Fact]
    public void Every_page_and_error_text_exists_in_both_languages()
    {
        Assert.Equal(
            DevInboxTexts.Catalog.Keys(IntranetCultures.Korean).Order(),
            DevInboxTexts.Catalog.Keys(IntranetCultures.English).Order());
    }
}
