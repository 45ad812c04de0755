using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Import;
using static Intranet.Plugins.Manuals.Admin.ManualsAdminErrors;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>Reads the inputs the operations share; each reader answers the refusal to return, or null when the input is fine.</summary>
internal static class ManualsAdminInput
{
    /// <summary>The required <c>manualId</c> (query or body).</summary>
    public static AdminResult? ManualId(AdminRequest request, out string manualId)
    {
        manualId = request.GetString("manualId") ?? "";
        return manualId.Length == 0 ? Error(400, MissingField, request.Culture, "manualId")
            : !ManualKeys.IsValidManualId(manualId) ? Error(400, InvalidField, request.Culture, "manualId")
            : null;
    }

    /// <summary>The optional <c>version</c>: a positive whole number, in the query or the body.</summary>
    public static AdminResult? Version(AdminRequest request, out int? version)
    {
        version = null;
        string? text = request.Query.TryGetValue("version", out var fromQuery) && !string.IsNullOrWhiteSpace(fromQuery) ? fromQuery.Trim() : null;
        if (text is null && request.Body["version"] is { } node)
        {
            text = node.GetValueKind() is JsonValueKind.Number or JsonValueKind.String ? node.ToString() : "?";
        }

        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Error(400, InvalidField, request.Culture, "version");
        }

        version = number;
        return null;
    }

    /// <summary>An optional boolean of the body (<c>true</c>/<c>false</c>, or the same words in the query).</summary>
    public static AdminResult? Boolean(AdminRequest request, string name, out bool? value)
    {
        value = null;
        if (request.Query.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            if (!bool.TryParse(text.Trim(), out var parsed))
            {
                return Error(400, InvalidField, request.Culture, name);
            }

            value = parsed;
            return null;
        }

        var node = request.Body[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return Error(400, InvalidField, request.Culture, name);
        }

        value = node.GetValue<bool>();
        return null;
    }

    /// <summary>Refuses body properties the operation does not know, so a misspelt option is not silently ignored.</summary>
    public static AdminResult? OnlyFields(AdminRequest request, params string[] known)
    {
        var unknown = request.Body.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal));
        return unknown is null ? null : Error(400, UnknownField, request.Culture, unknown);
    }

    /// <summary>A date for JSON, or null.</summary>
    public static JsonNode? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
