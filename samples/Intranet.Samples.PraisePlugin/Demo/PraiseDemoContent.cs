using Intranet.Extensions.Delivery;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.People;
using Intranet.Samples.PraisePlugin.Actions;
using Intranet.Samples.PraisePlugin.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Samples.PraisePlugin.Demo;

/// <summary>
/// Demo content: everyone gets the praise form, and the first few people of the roster have already praised
/// a colleague, so every inbox has something to click. Fixed ids make it idempotent across restarts.
/// </summary>
internal sealed class PraiseDemoContent(IServiceScopeFactory scopes) : IDemoContentSeeder
{
    private static readonly string[] Messages =
    [
        "어르신 민원인께 서류를 하나하나 천천히 설명해 주셔서 감사했습니다.",
        "폭우 때 밤늦게까지 배수로를 점검해 주셔서 주민들이 안심했습니다.",
        "새로 온 저에게 업무 매뉴얼을 친절하게 알려 주셔서 고맙습니다.",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectory>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var praise = scope.ServiceProvider.GetRequiredService<PraiseService>();

        var everyone = await Colleagues.ListAsync(directory, exceptId: null, cancellationToken);
        if (everyone.Count < 2)
        {
            return;
        }

        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "praise-demo-compose",
            PluginId = PraisePlugin.Descriptor.Id,
            CardName = "compose",
            Audience = Audience.All,
            Card = culture => PraiseCards.Compose(everyone, "demo", culture),
        }, cancellationToken);

        for (var i = 0; i < Math.Min(Messages.Length, everyone.Count - 1); i++)
        {
            await praise.SendAsync($"demo-{i}", everyone[i], everyone[i + 1].Id, Messages[i], cancellationToken);
        }
    }
}
