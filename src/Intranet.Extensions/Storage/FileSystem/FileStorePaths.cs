using System.IO.Enumeration;
using Intranet.Extensions.Hosting;

namespace Intranet.Extensions.Storage.FileSystem;

/// <summary>Maps store keys to files under a root folder and back.</summary>
internal static class FileStorePaths
{
    /// <summary>The absolute folder <paramref name="folder"/> under <see cref="IntranetOptions.DataPath"/>.</summary>
    public static string Root(IntranetOptions options, string folder) =>
        Path.GetFullPath(Path.Combine(options.DataPath, folder));

    /// <summary>The file of a validated key, without suffix; keys never hold "..", so it stays under the root.</summary>
    public static string FileOf(string root, string key) =>
        Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// The keys under <paramref name="prefix"/> whose files end with <paramref name="suffix"/>, in ordinal order.
    /// Lock and temporary files have other suffixes, so they never show up.
    /// </summary>
    public static IReadOnlyList<string> FindKeys(string root, string prefix, string suffix)
    {
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? root : FileOf(root, prefix[..slash]);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new FileSystemEnumerable<string>(
            folder,
            static (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && entry.FileName.EndsWith(suffix, StringComparison.Ordinal),

            // Only descend into folders that can hold matching keys ("ideas/" for prefix "ideas/i" or "i").
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                var folderKey = KeyOf(root, entry.ToFullPath()) + "/";
                return folderKey.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(folderKey, StringComparison.Ordinal);
            },
        };

        var keys = new List<string>();
        foreach (var file in files)
        {
            var key = KeyOf(root, file[..^suffix.Length]);
            if (key.StartsWith(prefix, StringComparison.Ordinal) && IsValidKey(key))
            {
                keys.Add(key);
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static string KeyOf(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    // Files dropped in by hand may not be valid keys; listing them would make every later read throw.
    private static bool IsValidKey(string key)
    {
        try
        {
            StateKeys.Validate(key);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
