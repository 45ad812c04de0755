using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Outbox;

/// <summary>
/// Runs <see cref="OutboxProcessor.ProcessDueAsync"/> when an enqueue in this host signals, and every
/// <see cref="OutboxOptions.PollInterval"/> for retries and for messages enqueued by other hosts.
/// </summary>
internal sealed class OutboxWorker(
    OutboxProcessor processor, OutboxSignal signal, IOptions<IntranetOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    : PassWorker(time, logger)
{
    protected override string Name => "Outbox";

    protected override (bool Enabled, TimeSpan PollInterval) Schedule => (options.Value.Outbox.RunWorker, options.Value.Outbox.PollInterval);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => processor.ProcessDueAsync(cancellationToken);

    protected override Task WaitForWakeAsync(CancellationToken cancellationToken) => signal.WaitAsync(cancellationToken);

    protected override void ConsumeWake() => signal.Reset();
}
