using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>Sends one recipient's card through the message's channel, in the recipient's language, as the runtime outbox does.</summary>
internal sealed partial class DeliverySender
{
    private readonly IDirectory _directory;
    private readonly RuntimeTexts _texts;
    private readonly IOptions<IntranetOptions> _options;
    private readonly ILogger<DeliverySender> _logger;
    private readonly Dictionary<string, IDeliveryChannel> _channels = new(StringComparer.OrdinalIgnoreCase);

    public DeliverySender(IDirectory directory, IEnumerable<IDeliveryChannel> channels, RuntimeTexts texts, IOptions<IntranetOptions> options, ILogger<DeliverySender> logger)
    {
        _directory = directory;
        _texts = texts;
        _options = options;
        _logger = logger;
        foreach (var channel in channels)
        {
            _channels.TryAdd(channel.Name, channel); // the first registration of a name wins, like TryAdd
        }
    }

    public async Task<DeliveryResult> SendAsync(CachedMessage message, string recipientId, CancellationToken cancellationToken)
    {
        var document = message.Document;
        var channelName = document.Channel ?? _options.Value.DefaultChannel;
        if (!_channels.TryGetValue(channelName, out var channel))
        {
            return DeliveryResult.Failed(
                $"No delivery channel named '{channelName}' is registered (registered: {string.Join(", ", _channels.Keys.Order(StringComparer.Ordinal))}).");
        }

        try
        {
            var recipient = await _directory.FindAsync(recipientId, cancellationToken).ConfigureAwait(false);
            if (recipient is null)
            {
                return DeliveryResult.Failed($"'{recipientId}' is no longer in the directory.");
            }

            var card = message.CardFor(_texts.CultureOf(recipient));
            var request = new DeliveryRequest(QueueOutboxKeys.DeliveryId(document.Id, recipientId), document.Id, document.PluginId, recipient, card);
            return await channel.SendAsync(request, cancellationToken).ConfigureAwait(false)
                ?? DeliveryResult.Transient($"Channel '{channel.Name}' returned no result.");
        }
        catch (Exception e)
        {
            // A throwing channel or directory is treated like a 5xx (retried with back-off), and so is a send that timed out.
            LogSendThrew(_logger, e, document.Id, recipientId, channelName);
            return DeliveryResult.Transient($"{e.GetType().Name}: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {MessageId} to {RecipientId} through {Channel} threw; retrying later")]
    private static partial void LogSendThrew(ILogger logger, Exception exception, string messageId, string recipientId, string channel);
}
