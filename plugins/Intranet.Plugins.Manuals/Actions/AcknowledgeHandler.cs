using Intranet.Extensions.Actions;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary>
/// <c>manuals.acknowledge</c>: records that the person read this version (stored before the card changes) and
/// answers with their card, now "confirmed on … (vN)"; on an outdated version the card says a newer one exists.
/// </summary>
internal sealed class AcknowledgeHandler(ManualViews views, ManualLibrary library) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var version = await views.LoadAsync(ManualActionData.From(context), cancellationToken);
        var outcome = await library.AcknowledgeAsync(version, context.Actor, cancellationToken);
        return CardActionResult.Update(await views.ManualCardAsync(
            version, context.Actor, context.Culture, asReminder: false, outcome.IsNew ? CardNotice.None : CardNotice.AlreadyAcknowledged, cancellationToken));
    }
}
