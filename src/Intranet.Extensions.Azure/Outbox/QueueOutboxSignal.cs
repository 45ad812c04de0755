using System.Threading.Channels;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>Wakes this host's queue worker after an enqueue here; other hosts find the work on their next look.</summary>
internal sealed class QueueOutboxSignal
{
    private readonly Channel<bool> _channel =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when a signal is waiting; it stays until <see cref="Reset"/>.</summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    public void Reset() => _channel.Reader.TryRead(out _);
}
