using Intranet.Extensions.Hosting;
using Intranet.Extensions.Outbox;

namespace Intranet.Extensions.Tests.Outbox;

public sealed class RetryBackoffTests
{
    private static readonly OutboxOptions Options = new() { FirstRetryDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromMinutes(10) };

    [Theory]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 0.999999, 2)]
    [InlineData(3, 0.0, 4)]
    [InlineData(3, 0.999999, 8)]
    public void The_delay_doubles_per_attempt_with_up_to_half_taken_off_by_jitter(int attempts, double jitter, double expectedSeconds) =>
        Assert.Equal(expectedSeconds, RetryBackoff.Delay(attempts, null, Options, jitter).TotalSeconds, precision: 3);

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void The_delay_is_capped_at_max_retry_delay(int attempts) =>
        Assert.Equal(600, RetryBackoff.Delay(attempts, null, Options, 0.999999).TotalSeconds, precision: 0);

    [Fact]
    public void A_longer_retry_after_wins_even_beyond_the_cap() =>
        Assert.Equal(TimeSpan.FromMinutes(30), RetryBackoff.Delay(1, TimeSpan.FromMinutes(30), Options, 0.5));

    [Fact]
    public void A_shorter_retry_after_does_not_shorten_the_back_off() =>
        Assert.Equal(8, RetryBackoff.Delay(3, TimeSpan.FromSeconds(1), Options, 0.999999).TotalSeconds, precision: 3);
}
