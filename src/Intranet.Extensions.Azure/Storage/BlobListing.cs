using System.Runtime.CompilerServices;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>Flat listings by prefix, in ordinal key order, and in-order prefetching of what they name.</summary>
internal static class BlobListing
{
    /// <summary>The blobs under <paramref name="prefix"/> that are valid store keys, in ordinal order.</summary>
    public static async Task<IReadOnlyList<BlobItem>> ItemsAsync(BlobContainerClient container, string prefix, CancellationToken cancellationToken)
    {
        var items = new List<BlobItem>();
        var options = new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix };
        await foreach (var item in container.GetBlobsAsync(options, cancellationToken).ConfigureAwait(false))
        {
            if (IsValidKey(item.Name))
            {
                items.Add(item);
            }
        }

        // The service lists in name order already; sorting here makes the contract hold for any emulator too.
        items.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return items;
    }

    /// <summary>The names of <see cref="ItemsAsync"/>.</summary>
    public static async Task<IReadOnlyList<string>> NamesAsync(BlobContainerClient container, string prefix, CancellationToken cancellationToken) =>
        [.. (await ItemsAsync(container, prefix, cancellationToken).ConfigureAwait(false)).Select(static i => i.Name)];

    /// <summary>Runs <paramref name="fetch"/> up to <paramref name="ahead"/> names ahead and yields the non-null results in order.</summary>
    public static async IAsyncEnumerable<T> PrefetchInOrderAsync<T>(
        IReadOnlyList<string> names, Func<string, CancellationToken, Task<T?>> fetch, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<T?>>();
        var next = 0;
        try
        {
            while (next < names.Count || pending.Count > 0)
            {
                while (pending.Count < ahead && next < names.Count)
                {
                    pending.Enqueue(fetch(names[next++], stop.Token));
                }

                if (await pending.Dequeue().ConfigureAwait(false) is { } item)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // A reader that stops early (or fails) cancels the downloads still running and observes their endings.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (global::Azure.RequestFailedException)
                {
                }
            }
        }
    }

    // Blobs written by something else (a portal upload, a tool) may not be valid keys; listing them would make reads throw.
    private static bool IsValidKey(string name)
    {
        try
        {
            StateKeys.Validate(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
