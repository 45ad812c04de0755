using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Plugins;

/// <summary>What a plugin registers: card actions, scheduled jobs, gallery samples and demo content.</summary>
public interface IPluginBuilder
{
    /// <summary>The plugin being registered.</summary>
    PluginDescriptor Descriptor { get; }

    /// <summary>The host's services, for the plugin's own options and services.</summary>
    IServiceCollection Services { get; }

    /// <summary>Handles verb <c>{pluginId}.{action}</c> with <typeparamref name="THandler"/> (scoped).</summary>
    IPluginBuilder AddAction<THandler>(string action) where THandler : class, ICardActionHandler;

    /// <summary>Runs scheduled jobs of kind <c>{pluginId}.{job}</c> with <typeparamref name="THandler"/> (scoped).</summary>
    IPluginBuilder AddJob<THandler>(string job) where THandler : class, IScheduledJobHandler;

    /// <summary>Adds the plugin's cards, with sample data, to the card gallery.</summary>
    IPluginBuilder AddCardSamples<TProvider>() where TProvider : class, ICardSampleProvider;

    /// <summary>
    /// Serves <typeparamref name="TOperation"/> (scoped) at <c>/admin/api/{pluginId}/{operation}</c> for callers
    /// holding the app role <paramref name="requiredRole"/> (for example <c>Manuals.Publish</c>) or <c>Intranet.Admin</c>.
    /// </summary>
    IPluginBuilder AddAdminOperation<TOperation>(string operation, string requiredRole) where TOperation : class, IAdminOperation;

    /// <summary>Adds demo content that sample hosts seed at start.</summary>
    IPluginBuilder AddDemoContent<TSeeder>() where TSeeder : class, IDemoContentSeeder;
}
