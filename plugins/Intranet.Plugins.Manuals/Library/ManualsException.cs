using System.Globalization;

namespace Intranet.Plugins.Manuals.Library;

/// <summary>
/// A request the manual library refuses, with a stable <see cref="Code"/> (see <see cref="ManualsErrors"/>).
/// <see cref="Exception.Message"/> is English for logs; <see cref="GetMessage"/> gives the text for a person.
/// </summary>
public sealed class ManualsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code of <see cref="ManualsErrors"/>.</param>
    /// <param name="innerException">Cause.</param>
    public ManualsException(string code, Exception? innerException = null)
        : base(Describe(code, Intranet.Extensions.Localization.IntranetCultures.English), innerException) => Code = code;

    /// <summary>Stable code.</summary>
    public string Code { get; }

    /// <summary>The message for a person reading <paramref name="culture"/>.</summary>
    /// <param name="culture">The reader's culture.</param>
    public string GetMessage(CultureInfo culture) => Describe(Code, culture);

    private static string Describe(string code, CultureInfo culture)
    {
        var texts = ManualsPlugin.Descriptor.Texts;
        var key = "error." + code;
        return texts.Keys(culture).Contains(key) ? texts.Get(key, culture) : code;
    }
}

/// <summary>Codes of <see cref="ManualsException"/>; the same codes reach card users as <c>error.{Code}</c> texts.</summary>
public static class ManualsErrors
{
    /// <summary>No manual (draft or version) has that id.</summary>
    public const string UnknownManual = "UnknownManual";

    /// <summary>The manual has no such version.</summary>
    public const string UnknownVersion = "UnknownVersion";

    /// <summary>The version has no such area.</summary>
    public const string UnknownArea = "UnknownArea";

    /// <summary>The version has no such task.</summary>
    public const string UnknownTask = "UnknownTask";

    /// <summary>The person is not in the directory.</summary>
    public const string UnknownPerson = "UnknownPerson";

    /// <summary>The audience names nobody or resolves to nobody.</summary>
    public const string EmptyAudience = "EmptyAudience";

    /// <summary>Publishing would repeat the latest version unchanged.</summary>
    public const string NothingChanged = "NothingChanged";

    /// <summary>The manual does not pass validation.</summary>
    public const string InvalidManual = "InvalidManual";

    /// <summary>The attachment's type is not PDF, DOCX or HWP, or its content does not match.</summary>
    public const string AttachmentType = "AttachmentType";

    /// <summary>The attachment is larger than allowed.</summary>
    public const string AttachmentTooLarge = "AttachmentTooLarge";

    /// <summary>The attachment is empty.</summary>
    public const string AttachmentEmpty = "AttachmentEmpty";

    /// <summary>The manual has as many attachments as allowed.</summary>
    public const string TooManyAttachments = "TooManyAttachments";

    /// <summary>Only the owner, the publisher and the owner department see reports.</summary>
    public const string NotAllowed = "NotAllowed";

    /// <summary>A search without words.</summary>
    public const string EmptyQuery = "EmptyQuery";
}
