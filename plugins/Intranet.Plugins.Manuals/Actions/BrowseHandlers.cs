using Intranet.Extensions.Actions;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Library;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary><c>manuals.browse</c>: the areas of a version, paged.</summary>
internal sealed class BrowseHandler(ManualViews views, IOptions<ManualsOptions> options) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var data = ManualActionData.From(context);
        var version = await views.LoadAsync(data, cancellationToken);
        return CardActionResult.Update(BrowseCards.Areas(version, data.Page ?? 0, options.Value.PageSize, context.Culture));
    }
}

/// <summary><c>manuals.area</c>: the tasks of one area, paged.</summary>
internal sealed class AreaHandler(ManualViews views, IOptions<ManualsOptions> options) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var data = ManualActionData.From(context);
        var version = await views.LoadAsync(data, cancellationToken);
        var area = version.Manual.Areas.FirstOrDefault(a => a.Key == data.Area) ?? throw new CardActionException(ManualsErrors.UnknownArea);
        return CardActionResult.Update(BrowseCards.Area(version, area, data.Page ?? 0, options.Value.PageSize, context.Culture));
    }
}

/// <summary><c>manuals.task</c>: one task: how to do it, cautions, references, and the neighbouring tasks.</summary>
internal sealed class TaskHandler(ManualViews views, IOptions<ManualsOptions> options) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var data = ManualActionData.From(context);
        var version = await views.LoadAsync(data, cancellationToken);
        var (area, task) = version.FindTask(data.Task ?? "");
        return area is null || task is null
            ? throw new CardActionException(ManualsErrors.UnknownTask)
            : CardActionResult.Update(BrowseCards.Task(version, area, task, options.Value.PageSize, context.Culture));
    }
}

/// <summary><c>manuals.search</c>: tasks matching the words typed in the card's search box.</summary>
internal sealed class SearchHandler(ManualViews views, IOptions<ManualsOptions> options) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var data = ManualActionData.From(context);
        var version = await views.LoadAsync(data, cancellationToken);
        var query = context.GetString("query") ?? throw new CardActionException(ManualsErrors.EmptyQuery);
        query = query.Length > 100 ? query[..100] : query;
        var hits = Search.ManualSearch.Search(version.Manual, query, options.Value.MaxSearchResults);
        return CardActionResult.Update(SearchCards.Results(version, query, hits, context.Culture));
    }
}
