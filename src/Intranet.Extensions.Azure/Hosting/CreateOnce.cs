namespace Intranet.Extensions.Azure.Hosting;

/// <summary>Runs a creation step once per process; a failed try is forgotten, so the next caller tries again.</summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly object _gate = new();
    private Task? _task;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (_gate)
        {
            if (_task is null || _task.IsFaulted || _task.IsCanceled)
            {
                // Not the caller's token: one caller giving up must not fail the creation for the others.
                _task = Task.Run(() => create(CancellationToken.None), CancellationToken.None);
            }

            task = _task;
        }

        return task.IsCompletedSuccessfully ? Task.CompletedTask : task.WaitAsync(cancellationToken);
    }
}
