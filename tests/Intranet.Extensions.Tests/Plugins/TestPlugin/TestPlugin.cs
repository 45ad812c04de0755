using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;

namespace Intranet.Extensions.Tests.Plugins.TestPlugin;

/// <summary>A minimal plugin: echoes a number, refuses small ones with its own code, and can blow up.</summary>
internal static class TestPlugin
{
    public static PluginDescriptor Descriptor { get; } = new("test", "1.0.0", new EmbeddedTextCatalog(typeof(TestPlugin).Assembly));

    public static IIntranetBuilder AddTestPlugin(this IIntranetBuilder builder) =>
        builder.AddPlugin(Descriptor, p => p.AddAction<EchoHandler>("echo").AddAction<ThrowingHandler>("boom"));

    internal sealed record EchoData(int Value);

    internal sealed class EchoHandler : ICardActionHandler
    {
        public Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
        {
            var data = context.GetData<EchoData>();
            if (data.Value < 0)
            {
                throw new CardActionException("TooSmall");
            }

            var title = Descriptor.Texts.Format("echo.title", context.Culture, data.Value);
            return Task.FromResult(CardActionResult.Update(new AdaptiveCard { Body = [new TextBlock(title)] }));
        }
    }

    internal sealed class ThrowingHandler : ICardActionHandler
    {
        public Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail");
    }
}
