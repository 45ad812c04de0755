using System.Text.Json;

namespace Intranet.Extensions.Storage;

/// <summary>Typed reads and optimistic-concurrency updates over <see cref="IStateStore"/>.</summary>
public static class StateStoreExtensions
{
    private static readonly TimeSpan MaxConflictPause = TimeSpan.FromMilliseconds(250);

    /// <summary>JSON options for stored documents (web defaults: camelCase, case-insensitive reads).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        // Stored documents stay readable: Korean is written as is, not as \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Reads and deserializes a document.</summary>
    public static async Task<Versioned<T>?> GetAsync<T>(this IStateStore store, string key, CancellationToken cancellationToken = default)
    {
        var entry = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : new Versioned<T>(Deserialize<T>(entry), entry.ETag);
    }

    /// <summary>Serializes and writes a document under a condition.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold.</exception>
    public static Task<ETag> PutAsync<T>(this IStateStore store, string key, T value, WriteCondition condition, CancellationToken cancellationToken = default) =>
        store.PutAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions), condition, cancellationToken);

    /// <summary>Writes under a condition; <see langword="null"/> instead of an exception when someone else wrote first.</summary>
    public static async Task<ETag?> TryPutAsync<T>(this IStateStore store, string key, T value, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PutAsync(key, value, condition, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>
    /// Read–modify–write with an ETag condition, retried on conflict. <paramref name="update"/> gets the
    /// current document (or <see langword="null"/>) and returns the new one, or <see langword="null"/> to
    /// write nothing. It may run several times, so it must not have side effects.
    /// </summary>
    /// <returns>The document as written (or as found, when the update wrote nothing); null when absent.</returns>
    /// <exception cref="ConcurrencyConflictException">Still conflicting after <paramref name="maxAttempts"/>.</exception>
    public static async Task<Versioned<T>?> UpdateAsync<T>(
        this IStateStore store, string key, Func<T?, T?> update, int maxAttempts = 1000, CancellationToken cancellationToken = default)
        where T : class
    {
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var current = await store.GetAsync<T>(key, cancellationToken).ConfigureAwait(false);
            var next = update(current?.Value);
            if (next is null)
            {
                return current;
            }

            var condition = current is null ? WriteCondition.NotExists : WriteCondition.Matches(current.ETag);
            try
            {
                var etag = await store.PutAsync(key, next, condition, cancellationToken).ConfigureAwait(false);
                return new Versioned<T>(next, etag);
            }
            catch (ConcurrencyConflictException)
            {
                // Someone else wrote first: read their version and apply the change to it, after a random pause
                // that grows with each lost race. Losers spread out instead of all re-reading at once, so a hot key
                // under a thousand clicks costs about one read and one write per click rather than a storm.
                await Task.Delay(ConflictPause(attempt), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new ConcurrencyConflictException(key);
    }

    /// <summary>Full jitter: uniformly random up to 2, 4, 8 … ms, never more than <see cref="MaxConflictPause"/>.</summary>
    private static TimeSpan ConflictPause(int attempt)
    {
        var ceiling = Math.Min(MaxConflictPause.TotalMilliseconds, 2 << Math.Min(attempt, 16));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>Lists and deserializes every document under a prefix.</summary>
    public static async IAsyncEnumerable<Versioned<T>> ListAsync<T>(
        this IStateStore store, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            yield return new Versioned<T>(Deserialize<T>(entry), entry.ETag);
        }
    }

    private static T Deserialize<T>(StateEntry entry) =>
        JsonSerializer.Deserialize<T>(entry.Json.Span, JsonOptions)
        ?? throw new JsonException($"'{entry.Key}' holds null.");
}
