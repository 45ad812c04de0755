using System.Runtime.CompilerServices;
using System.Text;
using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.People.Roster;

/// <summary>
/// <see cref="IDirectory"/> on a roster file (<see cref="IntranetOptions.RosterPath"/> under
/// <see cref="IntranetOptions.DataPath"/>), JSON or CSV by extension. The file is checked on every call and read
/// again when its write time or length changed, so editing it takes effect without a restart.
/// A missing file is an empty directory.
/// </summary>
internal sealed class RosterDirectory(IOptions<IntranetOptions> options) : IDirectory
{
    // Path.Combine keeps an absolute RosterPath as it is.
    private readonly string path = Path.GetFullPath(Path.Combine(options.Value.DataPath, options.Value.RosterPath));
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile RosterSnapshot? current;

    public async Task<StaffMember?> FindAsync(string idOrUserPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrUserPrincipalName);
        var roster = await GetRosterAsync(cancellationToken).ConfigureAwait(false);
        return roster.Find(idOrUserPrincipalName.Trim());
    }

    public async IAsyncEnumerable<StaffMember> ResolveAsync(Audience audience, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var roster = await GetRosterAsync(cancellationToken).ConfigureAwait(false);
        foreach (var person in roster.Resolve(audience))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return person;
        }
    }

    private async ValueTask<RosterSnapshot> GetRosterAsync(CancellationToken cancellationToken)
    {
        if (current is { } loaded && loaded.Stamp == RosterStamp.Of(path))
        {
            return loaded;
        }

        await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Stamp before reading: if the file changes while we read, the next call sees a newer stamp and reloads.
            var stamp = RosterStamp.Of(path);
            if (current is { } other && other.Stamp == stamp)
            {
                return other;
            }

            var roster = await LoadAsync(stamp, cancellationToken).ConfigureAwait(false);
            current = roster;
            return roster;
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task<RosterSnapshot> LoadAsync(RosterStamp stamp, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            throw new InvalidOperationException($"Roster file '{path}' must end with .json or .csv.");
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                if (extension == ".json")
                {
                    var document = await RosterFile.ReadJsonAsync(stream, path, cancellationToken).ConfigureAwait(false);
                    return new RosterSnapshot(document.People ?? [], document.Groups ?? [], path, stamp);
                }

                // UTF-8 with or without a byte order mark (Excel writes one).
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                return new RosterSnapshot(RosterCsvReader.Read(text, path), [], path, stamp);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return RosterSnapshot.Empty(path);
        }
    }
}
