using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>What the manual card shows: the version, its links, and (in a person's own view) what they confirmed.</summary>
/// <param name="Version">The version.</param>
/// <param name="DocumentLink">The whole manual as one document.</param>
/// <param name="Attachments">The attachments and their links.</param>
/// <param name="Reader">The viewer's confirmations; null on the card as delivered to many.</param>
/// <param name="RefreshUserIds">Who gets their own view (at most 60).</param>
/// <param name="IsReminder">Shown as a reminder.</param>
/// <param name="Notice">What the viewer just did, if anything.</param>
internal sealed record ManualCardModel(
    ManualVersion Version,
    Uri? DocumentLink,
    IReadOnlyList<(ManualAttachment Attachment, Uri Link)> Attachments,
    ReaderState? Reader = null,
    IReadOnlyList<string>? RefreshUserIds = null,
    bool IsReminder = false,
    CardNotice Notice = CardNotice.None);

/// <summary>What the viewer just did.</summary>
internal enum CardNotice
{
    None,
    Acknowledged,
    AlreadyAcknowledged,
}

/// <summary>Builds the links of a version's card from the document store's link provider.</summary>
internal sealed class ManualLinks(IDocumentLinks links)
{
    public ManualCardModel For(ManualVersion version) => new(
        version,
        version.DocumentPath is { } path ? links.GetLink(path) : null,
        [.. version.Manual.Attachments.Select(a => (a, links.GetLink(a.Path)))]);

    public Uri GetLink(string path) => links.GetLink(path);
}
