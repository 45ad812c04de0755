using System.Globalization;
using Intranet.Extensions.Admin;
using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Admin;

/// <summary>
/// Refusals of the admin operations in the caller's language: the library's <see cref="ManualsErrors"/> codes and
/// the request's own (a missing id, a malformed field), all with an <c>error.{Code}</c> text in both languages.
/// </summary>
internal static class ManualsAdminErrors
{
    public const string MissingField = "MissingField";
    public const string InvalidField = "InvalidField";
    public const string UnknownField = "UnknownField";
    public const string NothingToImport = "NothingToImport";
    public const string UnsupportedFile = "UnsupportedFile";
    public const string NotUtf8 = "NotUtf8";
    public const string OneFile = "OneFile";

    /// <summary>An error whose text takes arguments (a field name, a file name).</summary>
    public static AdminResult Error(int status, string code, CultureInfo culture, params object?[] args) =>
        AdminResult.Error(status, code, ManualsPlugin.Descriptor.Texts.Format("error." + code, culture, args));

    /// <summary>A library refusal with the status that fits it: unknown → 404, too large → 413, a state that forbids it → 409.</summary>
    public static AdminResult From(ManualsException e, CultureInfo culture) =>
        AdminResult.Error(StatusOf(e.Code), e.Code, e.GetMessage(culture));

    private static int StatusOf(string code) => code switch
    {
        ManualsErrors.UnknownManual or ManualsErrors.UnknownVersion or ManualsErrors.UnknownArea or ManualsErrors.UnknownTask => 404,
        ManualsErrors.AttachmentTooLarge => 413,
        ManualsErrors.EmptyAudience or ManualsErrors.NothingChanged or ManualsErrors.TooManyAttachments => 409,
        ManualsErrors.NotAllowed => 403,
        _ => 400,
    };
}
