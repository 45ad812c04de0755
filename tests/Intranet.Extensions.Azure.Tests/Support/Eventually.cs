namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>Waits for a condition the workers bring about, with a deadline that only fails a stuck run (never a slow one that progresses).</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline, string what)
    {
        var until = TimeProvider.System.GetUtcNow() + deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > until)
            {
                throw new TimeoutException($"{what} did not happen within {deadline}; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
