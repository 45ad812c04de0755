using Intranet.Extensions.Testing.Processes;

namespace Intranet.Extensions.Testing.Tests.Processes;

public sealed class NodeProcessTests : IDisposable
{
    private readonly string _script = Path.Combine(Path.GetTempPath(), $"node-process-{Guid.NewGuid():N}.js");

    [Fact]
    public async Task Run_feeds_stdin_and_returns_stdout_and_exit_code()
    {
        await File.WriteAllTextAsync(_script, """
            let text = "";
            process.stdin.on("data", (chunk) => text += chunk);
            process.stdin.on("end", () => { process.stdout.write(text.toUpperCase()); process.exit(3); });
            """);

        var result = await NodeProcess.RunAsync(_script, [], "가나다 hello");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("가나다 HELLO", result.StandardOutput);
    }

    [Fact]
    public async Task Stop_lets_the_process_shut_down_cleanly_first()
    {
        await File.WriteAllTextAsync(_script, """
            process.on("SIGTERM", () => { console.log("saved and closing"); process.exit(0); });
            console.log("ready");
            setInterval(() => {}, 1000);
            """);
        await using var process = NodeProcess.Start(_script, []);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForOutputAsync("ready", timeout.Token);

        await process.StopAsync(TimeSpan.FromSeconds(10));

        Assert.True(process.HasExited);
        Assert.Contains("saved and closing", process.Output);
    }

    [Fact]
    public async Task Waiting_for_output_fails_when_the_process_exits_without_it()
    {
        await File.WriteAllTextAsync(_script, """console.error("boom"); process.exit(1);""");
        await using var process = NodeProcess.Start(_script, []);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => process.WaitForOutputAsync("listening"));

        Assert.Contains("boom", exception.Message);
    }

    public void Dispose() => File.Delete(_script);
}
