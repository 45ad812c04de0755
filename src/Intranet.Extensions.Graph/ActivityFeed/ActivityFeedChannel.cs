using Intranet.Extensions.Delivery;
using Intranet.Extensions.Graph.Hosting;
using Intranet.Extensions.Graph.Throttling;
using Intranet.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions;
using KeyValuePair = Microsoft.Graph.Models.KeyValuePair;

namespace Intranet.Extensions.Graph.ActivityFeed;

/// <summary>
/// Teams activity feed (channel <c>activityfeed</c>): <c>POST /users/{id}/teamwork/sendActivityNotification</c>
/// with the manifest's activity type and a deep link into the Teams app, at most 5 a second.
/// </summary>
internal sealed partial class ActivityFeedChannel : IDeliveryChannel
{
    /// <summary>The channel name.</summary>
    public const string ChannelName = "activityfeed";

    private readonly GraphClients _graph;
    private readonly RuntimeTexts _texts;
    private readonly GraphOptions _options;
    private readonly SlidingLimiter _limiter;
    private readonly ILogger<ActivityFeedChannel> _logger;

    public ActivityFeedChannel(GraphClients graph, RuntimeTexts texts, IOptions<GraphOptions> options, TimeProvider time, ILogger<ActivityFeedChannel> logger)
    {
        _graph = graph;
        _texts = texts;
        _options = options.Value;
        _logger = logger;
        _limiter = new SlidingLimiter(_options.ActivityNotificationsPerSecond, TimeSpan.FromSeconds(1), time);
    }

    public string Name => ChannelName;

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(_options.TeamsAppId))
        {
            return DeliveryResult.Failed("Intranet:Graph:TeamsAppId is not configured.");
        }

        var culture = _texts.CultureOf(request.Recipient);
        var title = request.Card.FallbackText ?? GraphTexts.Catalog.Get("feed.preview", culture);
        var body = new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic
            {
                Source = TeamworkActivityTopicSource.Text,
                Value = title.Length > 100 ? title[..100] : title,
                WebUrl = $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(_options.TeamsAppId)}/home?context=" +
                    Uri.EscapeDataString($"{{\"subEntityId\":\"{request.MessageId}\"}}"),
            },
            ActivityType = _options.ActivityType,
            PreviewText = new ItemBody { Content = GraphTexts.Catalog.Get("feed.preview", culture) },
            TemplateParameters = [new KeyValuePair { Name = "title", Value = title }],
            TeamsAppId = _options.TeamsAppId,
        };

        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _graph.App.Users[request.Recipient.Id].Teamwork.SendActivityNotification.PostAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return DeliveryResult.Sent(request.DeliveryId);
        }
        catch (ApiException e)
        {
            LogFailed(_logger, e, request.DeliveryId);
            return GraphErrors.ToDelivery(e, "sendActivityNotification");
        }
        catch (AggregateException e)
        {
            LogFailed(_logger, e, request.DeliveryId);
            return GraphErrors.RetriesExhausted(e, "sendActivityNotification");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity notification of delivery {DeliveryId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string deliveryId);
}
