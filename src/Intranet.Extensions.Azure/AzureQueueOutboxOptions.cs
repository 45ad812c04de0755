using System.ComponentModel.DataAnnotations;

namespace Intranet.Extensions.Azure;

/// <summary>Options of the queue-backed outbox (<c>Intranet:Azure:Queue</c>); the retry, claim and parallelism options are <c>Intranet:Outbox</c>'s.</summary>
public sealed class AzureQueueOutboxOptions
{
    /// <summary>The work queue; dead-lettered work goes to <c>{QueueName}-poison</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "Intranet:Azure:Queue:QueueName must be 3-56 lowercase letters, digits and single hyphens (\"-poison\" is appended for dead letters).")]
    public string QueueName { get; set; } = "intranet-outbox";

    /// <summary>Recipients per ledger batch and queue message; a batch is claimed, sent and recorded as a unit.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a received queue message stays hidden; a worker that dies holding it loses it after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Receives of one queue message before its undelivered recipients are dead-lettered (marked failed).</summary>
    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = 10;

    /// <summary>Batches one worker handles at once (their sends share <c>Intranet:Outbox:Parallelism</c>).</summary>
    [Range(1, 32)]
    public int ConcurrentBatches { get; set; } = 4;

    /// <summary>Longest wait between looks at an empty queue; an enqueue in the same host wakes the worker at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The dead-letter queue's name.</summary>
    public string PoisonQueueName => QueueName + "-poison";
}
