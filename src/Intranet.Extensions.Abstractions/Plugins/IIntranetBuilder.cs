using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Plugins;

/// <summary>Returned by <c>services.AddIntranetExtensions()</c>; plugins add themselves with an <c>AddXxx()</c> extension.</summary>
public interface IIntranetBuilder
{
    /// <summary>The host's services.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Adds a plugin once: a second call with the same id is ignored, so <c>AddXxx()</c> is idempotent.
    /// </summary>
    IIntranetBuilder AddPlugin(PluginDescriptor descriptor, Action<IPluginBuilder> configure);
}
