using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>Maps the dev inbox page (<c>/dev/inbox</c>) and its API (<c>/dev/api/*</c>).</summary>
internal static class DevInboxEndpoints
{
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["inbox.js"] = "text/javascript; charset=utf-8",
        ["inbox.css"] = "text/css; charset=utf-8",
        ["adaptivecards.min.js"] = "text/javascript; charset=utf-8",
    };

    public static bool IsEnabled(IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DevInboxOptions>>().Value;
        return options.Enabled ?? endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var dev = endpoints.MapGroup("/dev").AddEndpointFilter<LoopbackOnly>().ExcludeFromDescription();
        dev.MapGet("/inbox", () => Asset("index.html"));
        dev.MapGet("/inbox/{file}", (string file) => Assets.ContainsKey(file) ? Asset(file) : Results.NotFound());
        dev.MapGet("/api/people", DevInboxApi.PeopleAsync);
        dev.MapGet("/api/inbox", DevInboxApi.InboxAsync);
        dev.MapGet("/api/texts", DevInboxApi.Texts);
        dev.MapPost("/api/actions", DevInboxApi.ActAsync);

        // Documents of the embedded file store, linked from cards (IDocumentLinks' default).
        endpoints.MapGet("/documents/{**path}", DevInboxApi.DocumentAsync).AddEndpointFilter<LoopbackOnly>().ExcludeFromDescription();
    }

    private static IResult Asset(string file)
    {
        var stream = typeof(DevInboxEndpoints).Assembly.GetManifestResourceStream($"DevInbox.{file}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, Assets[file]);
    }
}
