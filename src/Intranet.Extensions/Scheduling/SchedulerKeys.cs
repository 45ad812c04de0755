using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Scheduling;

/// <summary>Where the scheduler keeps its jobs in the state store.</summary>
internal static class SchedulerKeys
{
    /// <summary>Prefix of every job.</summary>
    public const string JobsPrefix = "scheduler/jobs/";

    /// <summary>The job document.</summary>
    public static string Job(string jobId) => StateKeys.Combine("scheduler", "jobs", jobId);
}
