using Intranet.Extensions.Delivery;
using Intranet.Extensions.Graph.Hosting;
using Intranet.Extensions.Graph.Throttling;
using Intranet.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;

namespace Intranet.Extensions.Graph.Mail;

/// <summary>
/// Outlook actionable mail (channel <c>outlook</c>): <c>POST /users/{sender}/sendMail</c> with the card in the
/// HTML head and the configured originator, kept under the mailbox's 30 messages a minute. Each mail carries the
/// delivery id in an <c>x-intranet-delivery-id</c> header so a repeat can be traced.
/// </summary>
internal sealed partial class OutlookMailChannel : IDeliveryChannel
{
    /// <summary>The channel name.</summary>
    public const string ChannelName = "outlook";

    private readonly GraphClients _graph;
    private readonly RuntimeTexts _texts;
    private readonly GraphOptions _options;
    private readonly SlidingLimiter _limiter;
    private readonly ILogger<OutlookMailChannel> _logger;

    public OutlookMailChannel(GraphClients graph, RuntimeTexts texts, IOptions<GraphOptions> options, TimeProvider time, ILogger<OutlookMailChannel> logger)
    {
        _graph = graph;
        _texts = texts;
        _options = options.Value;
        _logger = logger;
        _limiter = new SlidingLimiter(_options.MailsPerMinute, TimeSpan.FromMinutes(1), time);
    }

    public string Name => ChannelName;

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(_options.MailSender))
        {
            return DeliveryResult.Failed("Intranet:Graph:MailSender is not configured.");
        }

        var address = request.Recipient.Mail ?? request.Recipient.UserPrincipalName;
        if (string.IsNullOrEmpty(address))
        {
            return DeliveryResult.Failed($"{request.Recipient.Id} has no mail address.");
        }

        var culture = _texts.CultureOf(request.Recipient);
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = ActionableMail.Subject(request.Card, culture),
                Body = new ItemBody { ContentType = BodyType.Html, Content = ActionableMail.Html(request.Card, _options.Originator, culture) },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = address, Name = request.Recipient.DisplayName } }],
                InternetMessageHeaders = [new InternetMessageHeader { Name = "x-intranet-delivery-id", Value = request.DeliveryId }],
            },
            SaveToSentItems = false,
        };

        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _graph.App.Users[_options.MailSender].SendMail.PostAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return DeliveryResult.Sent(request.DeliveryId);
        }
        catch (ApiException e)
        {
            LogFailed(_logger, e, request.DeliveryId);
            return GraphErrors.ToDelivery(e, "sendMail");
        }
        catch (AggregateException e)
        {
            LogFailed(_logger, e, request.DeliveryId);
            return GraphErrors.RetriesExhausted(e, "sendMail");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Actionable mail of delivery {DeliveryId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string deliveryId);
}
