using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// Message documents a worker has read, with their cards parsed once per culture: a message never changes after its
/// first enqueue, so the thousands of batches of one fan-out read it once per host, not once per recipient.
/// </summary>
internal sealed class MessageCache(AzureStores stores)
{
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<CachedMessage?>>> _messages = new(StringComparer.Ordinal);

    public async Task<CachedMessage?> GetAsync(string messageId, CancellationToken cancellationToken)
    {
        if (_messages.Count > Capacity)
        {
            _messages.Clear();
        }

        var entry = _messages.GetOrAdd(messageId, id => new Lazy<Task<CachedMessage?>>(() => LoadAsync(id)));
        try
        {
            var message = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                _messages.TryRemove(new(messageId, entry)); // not there yet or gone: look again next time
            }

            return message;
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _messages.TryRemove(new(messageId, entry));
            throw;
        }
    }

    private async Task<CachedMessage?> LoadAsync(string messageId)
    {
        var document = await stores.State.GetAsync<LedgerMessage>(QueueOutboxKeys.Message(messageId), CancellationToken.None).ConfigureAwait(false);
        return document is null ? null : new CachedMessage(document.Value);
    }
}

/// <summary>A message document and its cards, parsed on first use per culture.</summary>
internal sealed class CachedMessage(LedgerMessage document)
{
    private readonly ConcurrentDictionary<string, AdaptiveCard> _cards = new(StringComparer.Ordinal);

    public LedgerMessage Document { get; } = document;

    /// <summary>The card in <paramref name="culture"/>, or the first one stored when that culture is missing.</summary>
    public AdaptiveCard CardFor(CultureInfo culture)
    {
        var name = Document.Cards.ContainsKey(culture.Name) ? culture.Name : Document.Cards.Keys.First();
        return _cards.GetOrAdd(name, n => Document.Cards[n].Deserialize<AdaptiveCard>(CardJson.Options)
            ?? throw new JsonException($"The {n} card of message '{Document.Id}' is null."));
    }
}
