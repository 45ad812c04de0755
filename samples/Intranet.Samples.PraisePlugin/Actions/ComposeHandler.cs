using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Samples.PraisePlugin.Cards;
using Microsoft.Extensions.Options;

namespace Intranet.Samples.PraisePlugin.Actions;

/// <summary><c>praise.compose</c>: a fresh form to praise someone.</summary>
internal sealed class ComposeHandler(IDirectory directory, IOptions<PraiseOptions> options) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var colleagues = await Colleagues.ListAsync(directory, context.Actor.Id, cancellationToken);
        return CardActionResult.Update(PraiseCards.Compose(colleagues, Guid.NewGuid().ToString("N"), context.Culture, options.Value.MaxMessageLength));
    }
}
