using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;
using StoreETag = Intranet.Extensions.Storage.ETag;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// A batch this worker claimed: the recipients it may send, their results so far, and the writes that record them.
/// Writes carry the batch's ETag. When one conflicts, the batch is read again: an enqueue that appended recipients
/// leaves the claim as it was and the results are merged over it; any other change means the claim was lost
/// (it ran out and another worker took over), and the run stops sending.
/// </summary>
internal sealed partial class BatchRun
{
    private static readonly TimeSpan FirstStoreRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxStoreRetry = TimeSpan.FromSeconds(2);

    private readonly BlobStateStore _ledger;
    private readonly string _key;
    private readonly string _claimId;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<string, LedgerRecipient> _mine;
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sendable;
    private LedgerBatch _written;
    private StoreETag _etag;
    private int _unwritten;
    private DateTimeOffset _claimedUntil;

    private BatchRun(
        BlobStateStore ledger, string key, string claimId, LedgerBatch written, StoreETag etag, IReadOnlyList<string> sendable, ISet<string> claimed,
        OutboxOptions options, TimeProvider time, ILogger logger)
    {
        _logger = logger;
        _ledger = ledger;
        _key = key;
        _claimId = claimId;
        _written = written;
        _etag = etag;
        _options = options;
        _time = time;
        _claimedUntil = written.ClaimedUntil!.Value;
        Sendable = sendable;
        _sendable = sendable.ToHashSet(StringComparer.Ordinal);
        _mine = written.Recipients.Where(r => claimed.Contains(r.Id)).ToDictionary(static r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Recipients this run may send, in batch order.</summary>
    public IReadOnlyList<string> Sendable { get; }

    /// <summary>True once another worker took the batch over: nothing more is sent or written.</summary>
    public bool Lost { get; private set; }

    /// <summary>Results not yet written.</summary>
    public int Unwritten
    {
        get
        {
            lock (_mine)
            {
                return _unwritten;
            }
        }
    }

    /// <summary>
    /// Claims the due recipients of <paramref name="batch"/> with an ETag-conditioned write: each gets one more attempt, or is
    /// given up when a dead worker already used its last one. Null when someone else changed the batch first.
    /// </summary>
    public static async Task<BatchRun?> ClaimAsync(
        BlobStateStore ledger, string key, Versioned<LedgerBatch> batch, OutboxOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimedUntil = now + options.ClaimDuration;
        var sendable = new List<string>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var recipients = batch.Value.Recipients.Select(r =>
        {
            if (!r.IsDue(now))
            {
                return r;
            }

            touched.Add(r.Id);
            if (r.Attempts >= options.MaxAttempts)
            {
                // Only after workers died mid-send MaxAttempts times: stop instead of looping on a poison delivery.
                return r.Complete(DeliveryState.Failed, now, $"Gave up after {r.Attempts} attempts; the last one did not finish ({r.LastError}).");
            }

            sendable.Add(r.Id);
            return r with { Attempts = r.Attempts + 1 };
        }).ToList();

        var claimId = Guid.NewGuid().ToString("N");
        var claimed = batch.Value with { ClaimId = claimId, ClaimedUntil = claimedUntil, Recipients = recipients };
        var etag = await ledger.TryPutAsync(key, claimed, WriteCondition.Matches(batch.ETag), cancellationToken).ConfigureAwait(false);
        return etag is { } e ? new BatchRun(ledger, key, claimId, claimed, e, sendable, touched, options, time, logger) : null;
    }

    /// <summary>Marks <paramref name="recipientId"/> as started; false when the run is lost.</summary>
    public bool Start(string recipientId)
    {
        lock (_mine)
        {
            return !Lost && _started.Add(recipientId);
        }
    }

    /// <summary>Records a channel's answer for a recipient (written by the next <see cref="WriteAsync"/>).</summary>
    public void Record(string recipientId, DeliveryResult result)
    {
        var now = _time.GetUtcNow();
        lock (_mine)
        {
            var claimed = _mine[recipientId];
            _mine[recipientId] = result switch
            {
                DeliverySent sent => claimed.Complete(DeliveryState.Sent, now, null) with { SentAt = now, ExternalId = sent.ExternalId },
                DeliveryBlocked blocked => claimed.Complete(DeliveryState.Blocked, now, blocked.Reason),
                DeliveryFailed failed => claimed.Complete(DeliveryState.Failed, now, failed.Reason),
                DeliveryTransientFailure transient when claimed.Attempts >= _options.MaxAttempts =>
                    claimed.Complete(DeliveryState.Failed, now, $"{transient.Reason} (gave up after {claimed.Attempts} attempts)"),
                DeliveryTransientFailure transient => claimed with
                {
                    LastError = transient.Reason,
                    NextAttemptAt = now + RetryDelay.After(claimed.Attempts, transient.RetryAfter, _options, Random.Shared.NextDouble()),
                },
                _ => throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}."),
            };
            _unwritten++;
        }
    }

    /// <summary>
    /// Writes the results so far and renews the claim. <paramref name="final"/> ends the claim; with
    /// <paramref name="stopping"/>, recipients never started give back the attempt the claim counted.
    /// A store that is down is retried until a while after the claim would have ended: results of sends that
    /// happened must not be lost, or the recipients would get the card again.
    /// </summary>
    /// <returns>The batch as written; null when the claim was lost.</returns>
    public async Task<LedgerBatch?> WriteAsync(bool final = false, bool stopping = false)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Lost)
            {
                return null;
            }

            if (!final && Unwritten == 0)
            {
                return _written; // another sender wrote our results while we waited for the lock
            }

            var deadline = _claimedUntil + _options.ClaimDuration;
            var delay = FirstStoreRetry;
            while (true)
            {
                var next = Merge(_written, final, stopping, out var count);
                try
                {
                    _etag = await _ledger.PutAsync(_key, next, WriteCondition.Matches(_etag)).ConfigureAwait(false);
                    _written = next;
                    _claimedUntil = next.ClaimedUntil ?? _claimedUntil;
                    lock (_mine)
                    {
                        _unwritten -= count;
                    }

                    return next;
                }
                catch (ConcurrencyConflictException)
                {
                    var current = await _ledger.GetAsync<LedgerBatch>(_key).ConfigureAwait(false);
                    if (current is null || current.Value.ClaimId != _claimId)
                    {
                        Lost = true;
                        return null;
                    }

                    (_written, _etag) = (current.Value, current.ETag); // recipients appended by an enqueue: merge over them
                }
                catch (Exception e) when (_time.GetUtcNow() < deadline)
                {
                    LogWriteFailed(_logger, e, _key, delay, deadline);
                    await Task.Delay(delay, _time).ConfigureAwait(false);
                    delay = delay * 2 > MaxStoreRetry ? MaxStoreRetry : delay * 2;
                }
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private LedgerBatch Merge(LedgerBatch current, bool final, bool stopping, out int count)
    {
        lock (_mine)
        {
            count = _unwritten;
            var recipients = current.Recipients.Select(r =>
            {
                if (!_mine.TryGetValue(r.Id, out var mine))
                {
                    return r;
                }

                return stopping && !_started.Contains(r.Id) && mine.State == DeliveryState.Pending && _sendable.Contains(r.Id)
                    ? mine with { Attempts = mine.Attempts - 1 }
                    : mine;
            }).ToList();
            return current with
            {
                ClaimId = final ? null : _claimId,
                ClaimedUntil = final ? null : _time.GetUtcNow() + _options.ClaimDuration,
                Recipients = recipients,
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording results of {Key} failed; retrying in {Delay}, until {Deadline}")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string key, TimeSpan delay, DateTimeOffset deadline);
}
