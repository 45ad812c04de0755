using Intranet.Extensions.Testing.Repository;
using Microsoft.Playwright;
using Xunit;

namespace Intranet.Extensions.Testing.Browser;

/// <summary>
/// Launches Debian's Chromium (env <c>CHROMIUM_PATH</c>, default /usr/bin/chromium) headless through Microsoft.Playwright's
/// bundled driver; no <c>playwright install</c> is needed. Each page gets its own browser context, so tests never share
/// cookies or storage.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The environment variable that overrides the Chromium executable.</summary>
    public const string ExecutablePathVariable = "CHROMIUM_PATH";

    private const string DefaultExecutablePath = "/usr/bin/chromium";

    // Chromium flags for a sandbox-less, offline CI box: nothing may phone home or wait on the network.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the Chromium executable in use.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } path ? path : DefaultExecutablePath;

    /// <summary>Gets the Playwright instance.</summary>
    public IPlaywright Playwright => _playwright ?? throw NotStarted();

    /// <summary>Gets the launched browser.</summary>
    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw Prerequisites.Missing(
                $"Chromium was not found at {ExecutablePath} (set {ExecutablePathVariable} to use another binary).");
        }

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();

        // Playwright gives every launch a fresh temporary user data dir and deletes it on close.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    /// <summary>Opens a page in a new, isolated browser context; the fixture closes it on dispose.</summary>
    /// <param name="options">Context options such as a base URL or locale, or <see langword="null"/>.</param>
    /// <returns>The new page.</returns>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static InvalidOperationException NotStarted() =>
        new("The Chromium fixture has not been initialized: use it as an xunit fixture or call InitializeAsync.");
}
