using Intranet.Extensions.AspNetCore;
using Intranet.Extensions.AspNetCore.TeamsApp;
using Intranet.Extensions.Azure;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Hosting;
using Intranet.Plugins.HopeDay;
using Intranet.Plugins.IdeaBoard;
using Intranet.Plugins.Manuals;
using Intranet.Samples.Host.Demo;
using Intranet.Samples.PraisePlugin;
using Microsoft.Extensions.Options;

// `-- cards export <dir>` writes the card gallery instead of serving; those words are not configuration.
var exportDirectory = args is ["cards", "export", var dir, ..] ? dir : null;
// `-- teams-app <dir> [--Intranet:TeamsApp:BotId=…]` writes the Teams app package for IT to upload.
var teamsAppDirectory = args is ["teams-app", var appDir, ..] ? appDir : null;
var builder = WebApplication.CreateBuilder(exportDirectory is not null ? args[3..] : teamsAppDirectory is not null ? args[2..] : args);

builder.Services
    .AddIntranetExtensions(builder.Configuration.GetSection(IntranetOptions.SectionName))
    .AddAspNetCore(builder.Configuration.GetSection("Intranet:DevInbox"))
    // Stays on the embedded file store until Intranet:Azure names an account (e.g. Azurite: UseDevelopmentStorage=true).
    .AddAzureStorage(builder.Configuration.GetSection(AzureStorageOptions.SectionName))
    .AddPraise()
    .AddHopeDay()
    .AddIdeaBoard()
    .AddManuals(builder.Configuration.GetSection(ManualsOptions.SectionName))
    .AddTeamsAppPackage(builder.Configuration.GetSection(TeamsAppOptions.SectionName));

var app = builder.Build();

if (exportDirectory is not null)
{
    var files = await app.Services.GetRequiredService<CardGallery>().ExportAsync(exportDirectory);
    Console.WriteLine($"Wrote {files.Count} cards to {Path.GetFullPath(exportDirectory)}");
    return;
}

if (teamsAppDirectory is not null)
{
    try
    {
        var package = await app.Services.GetRequiredService<TeamsAppPackage>().WriteAsync(teamsAppDirectory);
        Console.WriteLine($"Wrote the Teams app package {Path.GetFullPath(package)}");
    }
    catch (OptionsValidationException e)
    {
        Console.Error.WriteLine($"Set {TeamsAppOptions.SectionName} first (docs/deploy.md): {string.Join(" ", e.Failures)}");
        Environment.ExitCode = 1;
    }

    return;
}

// The demo roster is written before the host starts, so the demo seeders find people.
await DemoRoster.EnsureAsync(app.Services.GetRequiredService<IOptions<IntranetOptions>>().Value);

app.MapGet("/", () => Results.Redirect("/dev/inbox"));
app.MapIntranetExtensions();
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"Dev inbox: {address.TrimEnd('/')}/dev/inbox");
    }
});

await app.RunAsync();
