using System.Globalization;
using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.Feedback;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.feedback</c>: records the rating and comment without the person's name.</summary>
internal sealed class FeedbackHandler(FeedbackService feedback, ParticipantResponder responder) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var roundId = context.GetString("roundId");
        int? rating = int.TryParse(context.GetString("rating"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        await feedback.SubmitAsync(roundId, context.Actor, rating, context.GetString("comment"), cancellationToken).ConfigureAwait(false);
        return await responder.CardAsync(roundId, context.Actor, context, CardNotice.None, cancellationToken).ConfigureAwait(false);
    }
}
