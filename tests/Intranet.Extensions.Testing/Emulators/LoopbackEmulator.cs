using System.Collections.Immutable;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>
/// Base for loopback HTTP emulators of remote services (Graph, the Bot Connector, an OpenID key set): a real Kestrel
/// server on <c>http://127.0.0.1:{free port}</c> that records every request. Subclasses map the endpoints; use one as
/// an xunit fixture or start it yourself.
/// </summary>
public abstract class LoopbackEmulator : IAsyncLifetime, IAsyncDisposable
{
    private readonly object _gate = new();
    private ImmutableList<RecordedRequest> _requests = [];
    private WebApplication? _app;
    private Uri? _baseAddress;

    /// <summary>Gets the server's address, for example <c>http://127.0.0.1:40123/</c>, once started.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException($"{GetType().Name} has not been started.");

    /// <summary>Gets a snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests;
            }
        }
    }

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests = [];
        }
    }

    /// <summary>Creates an <see cref="HttpClient"/> whose base address is <see cref="BaseAddress"/>.</summary>
    /// <returns>A new client; the caller disposes it.</returns>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Builds and starts the server on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when <see cref="BaseAddress"/> accepts requests.</returns>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException($"{GetType().Name} is already started.");
        }

        // The slim builder with an explicit content root: no appsettings or launch profile of the test run leaks in.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        ConfigureServices(builder.Services);

        var app = builder.Build();
        app.Use(RecordAsync);
        MapEndpoints(app);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        _app = app;
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            _baseAddress = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <inheritdoc />
    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    /// <inheritdoc />
    Task IAsyncLifetime.DisposeAsync() => StopAsync();

    /// <inheritdoc />
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds services the endpoints need; the default adds nothing.</summary>
    /// <param name="services">The server's services.</param>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Maps the emulated service's endpoints.</summary>
    /// <param name="app">The server; requests are already being recorded.</param>
    protected abstract void MapEndpoints(WebApplication app);

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        request.Body.Position = 0;

        var headers = request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            request.Method, $"{request.PathBase}{request.Path}{request.QueryString}", headers, body);
        lock (_gate)
        {
            _requests = _requests.Add(recorded);
        }

        await next(context);
    }
}
