using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Plugins.HopeDay.Actions;
using Intranet.Plugins.HopeDay.Admin;
using Intranet.Plugins.HopeDay.Calendar;
using Intranet.Plugins.HopeDay.Demo;
using Intranet.Plugins.HopeDay.Feedback;
using Intranet.Plugins.HopeDay.Gallery;
using Intranet.Plugins.HopeDay.Reminders;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;
using Intranet.Plugins.HopeDay.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Plugins.HopeDay;

/// <summary>Hope Day: <c>services.AddIntranetExtensions().AddHopeDay()</c>.</summary>
public static class HopeDayPlugin
{
    /// <summary>The app role the admin operations (<c>/admin/api/hopeday/…</c>) require; <c>Intranet.Admin</c> passes too.</summary>
    public const string OrganizeRole = "HopeDay.Organize";

    /// <summary>Who the plugin is: id <c>hopeday</c>.</summary>
    public static PluginDescriptor Descriptor { get; } =
        new("hopeday", "1.0.0", new EmbeddedTextCatalog(typeof(HopeDayPlugin).Assembly));

    /// <summary>
    /// Adds Hope Day: its cards and verbs, its jobs, the <see cref="IHopeDay"/> service for organiser tools, and
    /// the embedded <see cref="IHopeDayCalendar"/> (.ics files), which a host may replace.
    /// </summary>
    public static IIntranetBuilder AddHopeDay(this IIntranetBuilder builder, Action<HopeDayOptions>? configure = null) =>
        builder.AddPlugin(Descriptor, plugin =>
        {
            plugin.Services.AddOptions<HopeDayOptions>()
                .Configure(configure ?? (static _ => { }))
                .Validate(HopeDayOptionsValidation.IsValid, HopeDayOptionsValidation.Message)
                .ValidateOnStart();
            AddServices(plugin.Services);
            plugin.AddAction<ViewHandler>("view")
                  .AddAction<SignUpHandler>("signup")
                  .AddAction<SwitchHandler>("switch")
                  .AddAction<CancelHandler>("cancel")
                  .AddAction<FeedbackHandler>("feedback")
                  .AddAction<ReportHandler>("report")
                  .AddAction<CloseHandler>("close")
                  .AddAction<ExportHandler>("export")
                  .AddAction<AttendanceFormHandler>("attendance-form")
                  .AddAction<AttendanceHandler>("attendance")
                  .AddAction<CommentsHandler>("comments")
                  .AddAdminOperation<CreateRoundOperation>("create-round", OrganizeRole)
                  .AddAdminOperation<CloseOperation>("close", OrganizeRole)
                  .AddAdminOperation<ReportOperation>("report", OrganizeRole)
                  .AddAdminOperation<ExportOperation>("export", OrganizeRole)
                  .AddJob<OpenRoundJob>(RoundJobs.Open)
                  .AddJob<CloseRoundJob>(RoundJobs.Close)
                  .AddJob<ReminderJob>(RoundJobs.Remind)
                  .AddJob<AskFeedbackJob>(RoundJobs.AskFeedback)
                  .AddCardSamples<HopeDayCardSamples>()
                  .AddDemoContent<HopeDayDemoContent>();
        });

    private static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SeatLocks>();
        services.TryAddSingleton<IHopeDayCalendar, IcsHopeDayCalendar>();
        services.TryAddSingleton<IHopeDay, HopeDayService>();
        services.TryAddSingleton<RoundReader>();
        services.TryAddSingleton<RoundService>();
        services.TryAddSingleton<SignUpService>();
        services.TryAddSingleton<ParticipantViews>();
        services.TryAddSingleton<InviteKeeper>();
        services.TryAddSingleton<HopeDayNotifier>();
        services.TryAddSingleton<TableService>();
        services.TryAddSingleton<FeedbackService>();
        services.TryAddSingleton<FeedbackRequests>();
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<ExportService>();
        services.TryAddSingleton<SessionParticipants>();
        services.TryAddSingleton<ParticipantResponder>();
        services.TryAddSingleton<OrganiserResponder>();
    }
}
