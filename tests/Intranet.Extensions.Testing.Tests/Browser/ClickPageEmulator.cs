using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intranet.Extensions.Testing.Tests.Browser;

/// <summary>Serves a page whose button posts to the emulator and shows the server's answer.</summary>
internal sealed class ClickPageEmulator : LoopbackEmulator
{
    private const string Page = """
        <!doctype html>
        <html>
          <body>
            <button id="go">Go</button>
            <p id="status">waiting</p>
            <script>
              document.getElementById("go").addEventListener("click", async () => {
                const response = await fetch("/api/clicks", { method: "POST", body: JSON.stringify({ button: "go" }) });
                document.getElementById("status").textContent = await response.text();
              });
            </script>
          </body>
        </html>
        """;

    private int _clicks;

    protected override void MapEndpoints(WebApplication app)
    {
        app.MapGet("/", () => Results.Content(Page, "text/html"));
        app.MapPost("/api/clicks", () => $"clicked {Interlocked.Increment(ref _clicks)} time(s) on the server");
    }
}
