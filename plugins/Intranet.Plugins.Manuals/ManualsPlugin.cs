using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Plugins.Manuals.Actions;
using Intranet.Plugins.Manuals.Admin;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Demo;
using Intranet.Plugins.Manuals.Gallery;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Publishing;
using Intranet.Plugins.Manuals.Reminders;
using Intranet.Plugins.Manuals.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Plugins.Manuals;

/// <summary>The manuals plugin: <c>services.AddIntranetExtensions().AddManuals()</c>.</summary>
public static class ManualsPlugin
{
    /// <summary>The job kind of the daily reminders.</summary>
    public const string RemindJob = "manuals.remind";

    /// <summary>The job kind of the owner's summary at the due date.</summary>
    public const string DueJob = "manuals.due";

    /// <summary>The app role the admin operations (<c>/admin/api/manuals/…</c>) require; <c>Intranet.Admin</c> passes too.</summary>
    public const string PublishRole = "Manuals.Publish";

    /// <summary>Who the plugin is.</summary>
    public static PluginDescriptor Descriptor { get; } =
        new("manuals", "1.0.0", new EmbeddedTextCatalog(typeof(ManualsPlugin).Assembly));

    /// <summary>Adds the manuals plugin with options bound from <paramref name="section"/> (usually <see cref="ManualsOptions.SectionName"/>).</summary>
    /// <param name="builder">The runtime builder.</param>
    /// <param name="section">The configuration section.</param>
    public static IIntranetBuilder AddManuals(this IIntranetBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<ManualsOptions>().Bind(section);
        return builder.AddManuals();
    }

    /// <summary>Adds the manuals plugin.</summary>
    /// <param name="builder">The runtime builder.</param>
    /// <param name="configure">Changes the options.</param>
    public static IIntranetBuilder AddManuals(this IIntranetBuilder builder, Action<ManualsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (configure is not null)
        {
            builder.Services.AddOptions<ManualsOptions>().Configure(configure);
        }

        return builder.AddPlugin(Descriptor, plugin =>
        {
            plugin.Services.AddOptions<ManualsOptions>()
                .Validate(static o => o.MaxAttachmentBytes > 0, "Intranet:Manuals:MaxAttachmentBytes must be positive.")
                .Validate(static o => o.MaxAttachments is >= 0 and <= 100, "Intranet:Manuals:MaxAttachments must be 0 to 100.")
                .Validate(static o => o.MaxTasks is >= 1 and <= 5000, "Intranet:Manuals:MaxTasks must be 1 to 5000.")
                .Validate(static o => o.PageSize is >= 1 and <= 20, "Intranet:Manuals:PageSize must be 1 to 20.")
                .Validate(static o => o.MaxSearchResults is >= 1 and <= 20, "Intranet:Manuals:MaxSearchResults must be 1 to 20.")
                .ValidateOnStart();
            var services = plugin.Services;
            services.TryAddSingleton<ManualRepository>();
            services.TryAddSingleton<ManualLinks>();
            services.TryAddSingleton<ReportBuilder>();
            services.TryAddSingleton<ManualPublisher>();
            services.TryAddSingleton<ManualLibrary>();
            services.TryAddSingleton<IManualLibrary>(static sp => sp.GetRequiredService<ManualLibrary>());
            services.TryAddSingleton<ManualViews>();
            plugin.AddAction<ViewHandler>("view")
                  .AddAction<AcknowledgeHandler>("acknowledge")
                  .AddAction<BrowseHandler>("browse")
                  .AddAction<AreaHandler>("area")
                  .AddAction<TaskHandler>("task")
                  .AddAction<SearchHandler>("search")
                  .AddAction<ReportHandler>("report")
                  .AddAction<ExportHandler>("export")
                  .AddAdminOperation<ImportOperation>("import", PublishRole)
                  .AddAdminOperation<AttachOperation>("attach", PublishRole)
                  .AddAdminOperation<PublishOperation>("publish", PublishRole)
                  .AddAdminOperation<VersionsOperation>("versions", PublishRole)
                  .AddAdminOperation<ReportOperation>("report", PublishRole)
                  .AddAdminOperation<ExportOperation>("export", PublishRole)
                  .AddJob<ReminderJob>("remind")
                  .AddJob<DueSummaryJob>("due")
                  .AddCardSamples<ManualCardSamples>()
                  .AddDemoContent<ManualsDemoContent>();
        });
    }
}
