using Intranet.Extensions.Hosting;
using Intranet.Extensions.Plugins;
using Intranet.Plugins.HopeDay.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.HopeDay.Tests.Hosting;

/// <summary>AddHopeDay registers once, resolves its services, lets a host replace the calendar, and refuses bad options.</summary>
public sealed class RegistrationTests
{
    private static ServiceProvider Build(Action<HopeDayOptions>? configure = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions(o => o.DataPath = Path.Combine(Path.GetTempPath(), "hopeday-reg-" + Guid.NewGuid().ToString("N")))
            .AddHopeDay(configure)
            .AddHopeDay();
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void The_plugin_registers_once_and_resolves_its_service_and_embedded_calendar()
    {
        using var provider = Build();

        Assert.NotNull(provider.GetRequiredService<IHopeDay>());
        Assert.Equal("IcsHopeDayCalendar", provider.GetRequiredService<IHopeDayCalendar>().GetType().Name);
        var registry = provider.GetRequiredService<PluginRegistry>();
        Assert.Single(registry.Plugins, p => p.Id == "hopeday");
        Assert.Equal(
            ["hopeday.attendance", "hopeday.attendance-form", "hopeday.cancel", "hopeday.close", "hopeday.comments", "hopeday.export",
             "hopeday.feedback", "hopeday.report", "hopeday.signup", "hopeday.switch", "hopeday.view"],
            registry.Verbs.Where(v => v.StartsWith("hopeday.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(["hopeday.open", "hopeday.close", "hopeday.remind", "hopeday.ask-feedback"], kind => Assert.NotNull(registry.FindJobHandler(kind)));
        Assert.Equal(new TimeSpan(10, 0, 0), provider.GetRequiredService<IOptions<HopeDayOptions>>().Value.EveReminderTime);
    }

    [Fact]
    public void A_host_can_replace_the_calendar()
    {
        using var provider = Build(more: s => s.Replace(ServiceDescriptor.Singleton<IHopeDayCalendar, NullCalendar>()));

        Assert.IsType<NullCalendar>(provider.GetRequiredService<IHopeDayCalendar>());
    }

    [Fact]
    public void Bad_options_fail_when_read()
    {
        using var provider = Build(o => o.MorningReminderTime = TimeSpan.FromHours(25));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HopeDayOptions>>().Value);
        Assert.Contains("reminder times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_round_is_an_argument_error_for_the_calling_code()
    {
        await using var host = await HopeDayFixture.StartAsync([]);
        var round = HopeDayFixture.Round();

        await Assert.ThrowsAsync<ArgumentException>(() => host.HopeDay().CreateRoundAsync(round with { Id = "bad id" }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.HopeDay().CreateRoundAsync(round with { SignUpClosesAt = round.SignUpOpensAt }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.HopeDay().CreateRoundAsync(round with { Sessions = [HopeDayFixture.Session("s1", 40, 40)] }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.HopeDay().CreateRoundAsync(round with { Sessions = [HopeDayFixture.Session("s1", 1, 1, day: 3)] }));
        Assert.Null(await host.HopeDay().GetRoundAsync(round.Id));
    }

    private sealed class NullCalendar : IHopeDayCalendar
    {
        public Task<CalendarInvite> InviteAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CalendarInvite(request.InviteId, null));

        public Task WithdrawAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
