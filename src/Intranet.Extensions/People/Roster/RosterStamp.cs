namespace Intranet.Extensions.People.Roster;

/// <summary>What identifies a version of the roster file: a change of either value means "load it again".</summary>
/// <param name="Exists">Whether the file exists.</param>
/// <param name="LastWriteUtc">Its last write time.</param>
/// <param name="Length">Its size in bytes.</param>
internal readonly record struct RosterStamp(bool Exists, DateTime LastWriteUtc, long Length)
{
    /// <summary>The current stamp of <paramref name="path"/>.</summary>
    public static RosterStamp Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new(true, file.LastWriteTimeUtc, file.Length) : default;
    }
}
