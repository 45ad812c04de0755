using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.AspNetCore.AdminApi;

/// <summary>Runs one admin operation: who is calling, what they sent, and the answer in HTTP terms.</summary>
internal static partial class AdminApi
{
    /// <summary>On the embedded default, the loopback caller names the person they act as (like the dev inbox persona).</summary>
    public const string DevUserHeader = "X-Intranet-Dev-User";

    private const int MaxJsonBytes = 1024 * 1024;

    public static async Task<IResult> RunAsync(HttpContext context, AdminOperationRegistration operation, bool withRoles, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var runtime = services.GetRequiredService<RuntimeTexts>();
        var culture = DevInboxTexts.CultureOf(context.Request, runtime);
        var directory = services.GetRequiredService<IDirectory>();
        var caller = withRoles
            ? await CallerIdentity.FindAsync(context.User, directory, cancellationToken)
            : context.Request.Headers[DevUserHeader].FirstOrDefault() is { Length: > 0 } id ? await directory.FindAsync(id, cancellationToken) : null;
        if (caller is null)
        {
            return Error(StatusCodes.Status403Forbidden, "UnknownCaller", culture);
        }

        var (request, error) = await ReadAsync(context.Request, caller, runtime.CultureOf(caller), cancellationToken);
        if (request is null)
        {
            return Error(error == "TooLarge" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, error!, culture);
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminApi));
        try
        {
            var handler = (IAdminOperation)services.GetRequiredService(operation.HandlerType);
            var result = await handler.ExecuteAsync(request, cancellationToken);
            LogRan(logger, operation.PluginId, operation.Operation, caller.Id, result.GetType().Name);
            return result switch
            {
                AdminJsonResult json => Results.Json(json.Value),
                AdminFileResult file => Results.File(file.Content.ToArray(), file.ContentType, file.FileName),
                AdminErrorResult failed => Results.Json(new JsonObject { ["code"] = failed.Code, ["message"] = failed.Message }, statusCode: failed.StatusCode),
                _ => throw new InvalidOperationException($"Unknown admin result {result.GetType().Name}."),
            };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, operation.PluginId, operation.Operation, caller.Id);
            return Error(StatusCodes.Status500InternalServerError, "OperationFailed", culture);
        }
    }

    private static async Task<(AdminRequest? Request, string? Error)> ReadAsync(
        HttpRequest http, StaffMember caller, CultureInfo culture, CancellationToken cancellationToken)
    {
        var query = http.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var files = new List<AdminFile>();
        string? bodyText = null;
        if (http.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return (null, "TooLarge");
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files.Add(new AdminFile(file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray()));
            }

            bodyText = form["body"].FirstOrDefault();
        }
        else if (HttpMethods.IsPost(http.Method))
        {
            var bytes = await RequestBody.ReadAsync(http, MaxJsonBytes, cancellationToken);
            if (bytes is null)
            {
                return (null, "TooLarge");
            }

            bodyText = bytes.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(bytes);
        }

        JsonObject body = [];
        if (!string.IsNullOrWhiteSpace(bodyText))
        {
            try
            {
                body = JsonNode.Parse(bodyText) as JsonObject ?? throw new JsonException();
            }
            catch (JsonException)
            {
                return (null, "InvalidJson");
            }
        }

        return (new AdminRequest(caller, body, query, files, culture), null);
    }

    private static IResult Error(int status, string code, CultureInfo culture) =>
        Results.Json(new JsonObject { ["code"] = code, ["message"] = DevInboxTexts.Catalog.Get($"error.{code}", culture) }, statusCode: status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {PluginId}/{Operation} by {CallerId}: {Result}")]
    private static partial void LogRan(ILogger logger, string pluginId, string operation, string callerId, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin {PluginId}/{Operation} by {CallerId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string pluginId, string operation, string callerId);
}
