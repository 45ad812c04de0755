using Intranet.Extensions.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Hosting;

/// <summary>The builder behind <see cref="IIntranetBuilder"/>; one per service collection.</summary>
internal sealed class IntranetBuilder(IServiceCollection services) : IIntranetBuilder
{
    public IServiceCollection Services { get; } = services;

    public IIntranetBuilder AddPlugin(PluginDescriptor descriptor, Action<IPluginBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(configure);
        var alreadyAdded = Services.Any(d => d.ImplementationInstance is PluginRegistration r && r.Descriptor.Id == descriptor.Id);
        if (!alreadyAdded)
        {
            Services.AddSingleton(new PluginRegistration(descriptor));
            configure(new PluginBuilder(descriptor, Services));
        }

        return this;
    }
}
