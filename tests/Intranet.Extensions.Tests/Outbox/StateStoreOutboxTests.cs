using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Microsoft.Extensions.DependencyInjection;
using static Intranet.Extensions.Tests.Outbox.OutboxTestMessages;

namespace Intranet.Extensions.Tests.Outbox;

public sealed class StateStoreOutboxTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Enqueue_persists_a_pending_status_per_recipient_before_anything_is_sent()
    {
        // One send at a time, so the first send's snapshot is taken before any other send is recorded.
        var services = _harness.CreateProvider(o => o.Outbox.Parallelism = 1);
        var outbox = services.GetRequiredService<IOutbox>();
        OutboxStatus? seenAtFirstSend = null;
        _harness.Channel.Behaviour = async (request, call, ct) =>
        {
            if (call == 1)
            {
                seenAtFirstSend = await outbox.GetStatusAsync(request.MessageId, ct);
            }

            return DeliveryResult.Sent();
        };

        var receipt = await outbox.EnqueueAsync(HelloTo("kim", "lee", "park"));

        Assert.Equal(3, receipt.Recipients);
        Assert.Equal(3, receipt.Added);
        Assert.Empty(_harness.Channel.Requests);
        var status = await outbox.GetStatusAsync(receipt.MessageId);
        Assert.NotNull(status);
        Assert.Equal(("praise", "received"), (status.PluginId, status.CardName));
        Assert.Equal(["kim", "lee", "park"], status.Recipients.Select(r => r.RecipientId).Order());
        Assert.All(status.Recipients, r => Assert.Equal((DeliveryState.Pending, 0), (r.State, r.Attempts)));

        await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.NotNull(seenAtFirstSend);
        Assert.Equal(3, seenAtFirstSend.Recipients.Count);
        Assert.Equal(3, seenAtFirstSend.Count(DeliveryState.Pending));
    }

    [Fact]
    public async Task Enqueue_without_an_id_makes_a_new_one_each_time()
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();

        var first = await outbox.EnqueueAsync(HelloTo("kim"));
        var second = await outbox.EnqueueAsync(HelloTo("kim"));

        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Equal(1, second.Added);
    }

    [Fact]
    public async Task Enqueueing_the_same_id_again_adds_only_new_recipients_and_nobody_gets_it_twice()
    {
        var services = _harness.CreateProvider();
        var outbox = services.GetRequiredService<IOutbox>();
        var processor = services.GetRequiredService<OutboxProcessor>();

        var first = await outbox.EnqueueAsync(HelloWithId("praise-42", "kim", "lee"));
        await processor.ProcessDueAsync();
        var repeat = await outbox.EnqueueAsync(HelloWithId("praise-42", "kim", "lee"));
        var widened = await outbox.EnqueueAsync(HelloWithId("praise-42", "kim", "lee", "park"));
        await processor.ProcessDueAsync();
        await processor.ProcessDueAsync();

        Assert.Equal(new OutboxReceipt("praise-42", 2, 2), first);
        Assert.Equal(new OutboxReceipt("praise-42", 2, 0), repeat);
        Assert.Equal(new OutboxReceipt("praise-42", 3, 1), widened);
        Assert.Equal(1, _harness.Channel.CallsTo("kim"));
        Assert.Equal(1, _harness.Channel.CallsTo("lee"));
        Assert.Equal(1, _harness.Channel.CallsTo("park"));
        var status = await outbox.GetStatusAsync("praise-42");
        Assert.Equal(3, status!.Count(DeliveryState.Sent));
    }

    [Fact]
    public async Task An_audience_of_nobody_is_refused_and_nothing_is_stored()
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Hello(new Audience(), id: "m1")));
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Hello(Audience.Users("ghost"), id: "m2")));

        Assert.Contains("nobody", empty.Message, StringComparison.Ordinal);
        Assert.Contains("nobody", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(await _harness.Store.KeysAsync());
        Assert.Empty(_harness.Channel.Requests);
    }

    [Theory]
    [InlineData("has/slash")]
    [InlineData("has space")]
    [InlineData(".hidden")]
    public async Task An_id_that_is_not_a_key_segment_is_refused_and_nothing_is_stored(string id)
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();

        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(HelloWithId(id, "kim")));

        Assert.Empty(await _harness.Store.KeysAsync());
    }

    [Fact]
    public async Task A_recipient_id_that_is_not_a_key_segment_is_refused_and_nothing_is_stored()
    {
        _harness.Directory.Add(new StaffMember { Id = "bad/id", DisplayName = "Bad", Department = "Sejong" });
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();

        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Hello(Audience.OfDepartments("Sejong"))));

        Assert.Empty(await _harness.Store.KeysAsync());
    }

    [Fact]
    public async Task A_message_id_of_another_plugin_is_refused()
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(HelloWithId("shared", "kim"));

        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Hello(Audience.Users("lee"), "shared", pluginId: "manuals")));

        Assert.Single((await outbox.GetStatusAsync("shared"))!.Recipients);
    }

    [Fact]
    public async Task The_card_is_built_once_per_supported_culture_when_persisted()
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();
        var cultures = new List<string>();
        var message = HelloTo("kim", "lee", "park");

        await outbox.EnqueueAsync(new OutboxMessage
        {
            PluginId = message.PluginId,
            CardName = message.CardName,
            Audience = message.Audience,
            Card = culture =>
            {
                cultures.Add(culture.Name);
                return message.Card(culture);
            },
        });

        Assert.Equal(["ko-KR", "en-US"], cultures);
    }

    [Fact]
    public async Task Status_of_an_unknown_message_is_null()
    {
        var outbox = _harness.CreateProvider().GetRequiredService<IOutbox>();

        Assert.Null(await outbox.GetStatusAsync("never-sent"));
    }
}
