using System.Runtime.CompilerServices;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Tests.Outbox;

/// <summary>Wraps a store so tests can line racing workers up before they list, or make a listing fail.</summary>
internal sealed class HookedStateStore(IStateStore inner) : IStateStore
{
    /// <summary>Runs before a listing starts; may wait (to line racers up) or throw (to fail a pass).</summary>
    public Func<string, Task>? BeforeList { get; set; }

    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);

    public Task<ETag> PutAsync(string key, ReadOnlyMemory<byte> json, WriteCondition condition, CancellationToken cancellationToken = default) =>
        inner.PutAsync(key, json, condition, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(key, condition, cancellationToken);

    public async IAsyncEnumerable<StateEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (BeforeList is { } hook)
        {
            await hook(prefix);
        }

        await foreach (var entry in inner.ListAsync(prefix, cancellationToken))
        {
            yield return entry;
        }
    }

    /// <summary>Every key under <paramref name="prefix"/>.</summary>
    public async Task<List<string>> KeysAsync(string prefix = "")
    {
        var keys = new List<string>();
        await foreach (var entry in inner.ListAsync(prefix))
        {
            keys.Add(entry.Key);
        }

        return keys;
    }
}
