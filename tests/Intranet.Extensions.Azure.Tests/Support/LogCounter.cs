using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>Keeps the warnings and errors an instance logged, so a test can see that a fault really reached it.</summary>
internal sealed class LogCounter : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. _entries];

    public int CountFrom(string categoryPrefix) => _entries.Count(e => e.Category.StartsWith(categoryPrefix, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._entries.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }
}
