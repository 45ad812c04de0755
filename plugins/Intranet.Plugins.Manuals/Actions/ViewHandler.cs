using Intranet.Extensions.Actions;
using Intranet.Plugins.Manuals.Cards;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary><c>manuals.view</c>: a person's own view of a version (the refresh of every manual card, and "back").</summary>
internal sealed class ViewHandler(ManualViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var data = ManualActionData.From(context);
        var version = await views.LoadAsync(data, cancellationToken);
        return CardActionResult.Update(await views.ManualCardAsync(version, context.Actor, context.Culture, data.Reminder == true, CardNotice.None, cancellationToken));
    }
}
