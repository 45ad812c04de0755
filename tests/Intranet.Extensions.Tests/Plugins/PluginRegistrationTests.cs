using Intranet.Extensions.Hosting;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Tests.Plugins.TestPlugin;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Tests.Plugins;

public sealed class PluginRegistrationTests
{
    [Fact]
    public void Adding_a_plugin_twice_registers_it_once()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions().AddTestPlugin().AddTestPlugin();
        services.AddIntranetExtensions().AddTestPlugin();

        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<PluginRegistry>();

        Assert.Equal(["test"], registry.Plugins.Select(p => p.Id));
        Assert.Equal(["test.boom", "test.echo"], registry.Verbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_handlers_for_one_verb_fail_at_start()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntranetExtensions().AddTestPlugin();
        services.AddSingleton(new ActionRegistration("test.echo", "test", typeof(TestPlugin.TestPlugin.ThrowingHandler)));

        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PluginRegistry>());
        Assert.Contains("test.echo", error.Message);
    }

    [Theory]
    [InlineData("Send")]
    [InlineData("send.now")]
    [InlineData("")]
    public void Action_names_that_cannot_form_a_verb_are_refused(string action)
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() =>
            services.AddIntranetExtensions().AddPlugin(TestPlugin.TestPlugin.Descriptor, p => p.AddAction<TestPlugin.TestPlugin.EchoHandler>(action)));
    }
}
