using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary>What the handlers share: finding the version a button names, and building a person's own manual card.</summary>
internal sealed class ManualViews(ManualLibrary library, ManualRepository repository, ManualLinks links)
{
    public async Task<ManualVersion> LoadAsync(ManualActionData data, CancellationToken cancellationToken)
    {
        try
        {
            return await library.RequireVersionAsync(data.ManualId, data.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ManualsException e)
        {
            throw new CardActionException(e.Code, null, e);
        }
    }

    /// <summary>The manual card as <paramref name="person"/> sees it: their confirmation, or a reminder while they have none.</summary>
    public async Task<AdaptiveCard> ManualCardAsync(
        ManualVersion version, StaffMember person, System.Globalization.CultureInfo culture, bool asReminder, CardNotice notice, CancellationToken cancellationToken)
    {
        var reader = await repository.GetReaderStateAsync(version, person.Id, cancellationToken).ConfigureAwait(false);
        var pending = reader.Covering is null && version.RequiresAcknowledgement && reader.Latest == version.Number;
        return ManualCards.Manual(links.For(version) with
        {
            Reader = reader,
            RefreshUserIds = [person.Id],
            IsReminder = asReminder && pending,
            Notice = notice,
        }, culture);
    }

    /// <summary>Owner, publisher and the owner department see who confirmed.</summary>
    public static void RequireReportAccess(ManualVersion version, StaffMember person)
    {
        if (person.Id != version.OwnerId && person.Id != version.PublishedById &&
            !string.Equals(person.Department, version.Manual.OwnerDepartment, StringComparison.Ordinal))
        {
            throw new CardActionException(ManualsErrors.NotAllowed);
        }
    }
}
