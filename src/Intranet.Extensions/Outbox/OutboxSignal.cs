using System.Threading.Channels;

namespace Intranet.Extensions.Outbox;

/// <summary>Wakes this host's outbox worker after an enqueue; signals coalesce, and one is kept until read.</summary>
internal sealed class OutboxSignal
{
    private readonly Channel<bool> _channel =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks the worker for a pass.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when a signal is waiting; it stays until <see cref="Reset"/>.</summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>Consumes the waiting signal; called before a pass, so enqueues during the pass wake the next one.</summary>
    public void Reset() => _channel.Reader.TryRead(out _);
}
