using System.Globalization;
using Intranet.Extensions.Storage;

namespace Intranet.Plugins.Manuals.Library;

/// <summary>Where the plugin keeps its documents and files, and the ids of its messages and jobs.</summary>
internal static class StoreKeys
{
    public const string IndexPrefix = "manuals/index/";

    public static string Draft(string manualId) => StateKeys.Combine("manuals", "drafts", manualId);

    public static string Index(string manualId) => StateKeys.Combine("manuals", "index", manualId);

    public static string Version(string manualId, int version) => StateKeys.Combine("manuals", "versions", manualId, Number(version));

    public static string VersionsPrefix(string manualId) => StateKeys.Combine("manuals", "versions", manualId) + "/";

    /// <summary>The readers of a publish attempt; the version names the attempt that won.</summary>
    public static string Readers(string manualId, int version, string requestId) =>
        StateKeys.Combine("manuals", "readers", manualId, $"{Number(version)}-{requestId}");

    /// <summary>One document per (manual, version, person), created only if absent: concurrent clicks never lose one.</summary>
    public static string Acknowledgement(string manualId, int version, string personId) =>
        StateKeys.Combine("manuals", "acks", manualId, Number(version), personId);

    public static string AcknowledgementsPrefix(string manualId, int version) =>
        StateKeys.Combine("manuals", "acks", manualId, Number(version)) + "/";

    public static string Document(string manualId, int version) => StateKeys.Combine("manuals", manualId, $"v{version}", "manual.html");

    public static string Attachment(string manualId, string hash, string extension) => StateKeys.Combine("manuals", manualId, "files", hash + extension);

    public static string Report(string manualId, int version, DateTimeOffset at) =>
        StateKeys.Combine("manuals", manualId, $"v{version}", "reports", $"acknowledgements-{at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv");

    /// <summary>Delivery of a version to one page of at most 60 readers (the refresh limit): <c>manuals-{id}-v{n}</c>, then <c>-2</c>, <c>-3</c>….</summary>
    public static string DeliveryMessage(string manualId, int version, int page) => Paged($"manuals-{manualId}-v{version}", page);

    /// <summary>The reminders of one day: <c>manuals-{id}-v{n}-remind-{yyyyMMdd}</c>; the outbox sends each person at most one.</summary>
    public static string ReminderMessage(string manualId, int version, DateOnly day, int page) =>
        Paged($"manuals-{manualId}-v{version}-remind-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}", page);

    public static string SummaryMessage(string manualId, int version) => $"manuals-{manualId}-v{version}-summary";

    public static string ReminderJob(string manualId, int version) => $"manuals-{manualId}-v{version}-remind";

    public static string DueJob(string manualId, int version) => $"manuals-{manualId}-v{version}-due";

    private static string Paged(string id, int page) => page == 0 ? id : $"{id}-{page + 1}";

    private static string Number(int version) => version.ToString("D5", CultureInfo.InvariantCulture);
}
