using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Attachments;

/// <summary>
/// The files a manual may carry: PDF, DOCX and HWP, recognised by extension, declared media type and the first
/// bytes of the content (a renamed executable is refused).
/// </summary>
internal static class AttachmentRules
{
    private sealed record Kind(string Extension, string ContentType, string[] AcceptedTypes, byte[] Signature);

    private static readonly Kind[] Kinds =
    [
        new(".pdf", "application/pdf", ["application/pdf"], "%PDF-"u8.ToArray()),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], [0x50, 0x4B, 0x03, 0x04]),
        // HWP 5.x is an OLE compound file; browsers and mail clients label it in several ways.
        new(".hwp", "application/x-hwp",
            ["application/x-hwp", "application/haansofthwp", "application/vnd.hancom.hwp", "application/hwp", "application/octet-stream"],
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    /// <summary>The extension and canonical media type of an allowed file; throws <see cref="ManualsException"/> otherwise.</summary>
    public static (string Extension, string ContentType) Check(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var declared = contentType.Split(';')[0].Trim().ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
        if (kind is null || (!kind.AcceptedTypes.Contains(declared) && declared != "application/octet-stream"))
        {
            throw new ManualsException(ManualsErrors.AttachmentType);
        }

        if (content.Length == 0)
        {
            throw new ManualsException(ManualsErrors.AttachmentEmpty);
        }

        if (!content.StartsWith(kind.Signature))
        {
            throw new ManualsException(ManualsErrors.AttachmentType);
        }

        return (kind.Extension, kind.ContentType);
    }

    /// <summary>The name shown on cards: the file name only, without control characters, at most 120 characters.</summary>
    public static string DisplayName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length > 120 ? name[..120] : name;
    }
}
