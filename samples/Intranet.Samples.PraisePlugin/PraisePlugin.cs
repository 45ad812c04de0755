using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Samples.PraisePlugin.Actions;
using Intranet.Samples.PraisePlugin.Admin;
using Intranet.Samples.PraisePlugin.Demo;
using Intranet.Samples.PraisePlugin.Gallery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Samples.PraisePlugin;

/// <summary>The praise relay: <c>services.AddIntranetExtensions().AddPraise()</c>.</summary>
public static class PraisePlugin
{
    /// <summary>Who the plugin is.</summary>
    public static PluginDescriptor Descriptor { get; } =
        new("praise", "1.0.0", new EmbeddedTextCatalog(typeof(PraisePlugin).Assembly));

    /// <summary>Adds the praise plugin.</summary>
    public static IIntranetBuilder AddPraise(this IIntranetBuilder builder, Action<PraiseOptions>? configure = null) =>
        builder.AddPlugin(Descriptor, plugin =>
        {
            plugin.Services.AddOptions<PraiseOptions>().Configure(configure ?? (static _ => { }));
            plugin.Services.TryAddScoped<PraiseService>();
            plugin.AddAction<ComposeHandler>("compose")
                  .AddAction<SendHandler>("send")
                  .AddAction<ThankHandler>("thank")
                  .AddAction<ViewHandler>("view")
                  .AddAdminOperation<PraiseReportOperation>("report", requiredRole: "Intranet.Admin")
                  .AddCardSamples<PraiseCardSamples>()
                  .AddDemoContent<PraiseDemoContent>();
        });
}
