using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>Holds every send at a gate until the test opens it, so a test knows exactly which sends are in flight.</summary>
internal sealed class GatedChannel(IDeliveryChannel inner) : IDeliveryChannel
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    public string Name => inner.Name;

    /// <summary>Sends waiting at the gate (or passed it).</summary>
    public int Entered => Volatile.Read(ref _waiting);

    public void Open() => _gate.TrySetResult();

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _waiting);
        await _gate.Task.WaitAsync(cancellationToken);
        return await inner.SendAsync(request, cancellationToken);
    }
}
