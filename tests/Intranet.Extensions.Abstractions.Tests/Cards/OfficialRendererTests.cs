using Intranet.Extensions.Cards;
using Intranet.Extensions.Testing.Cards;

namespace Intranet.Extensions.Abstractions.Tests.Cards;

/// <summary>The model's output, checked by the official Adaptive Cards renderer (npm adaptivecards) in Node.</summary>
public sealed class OfficialRendererTests
{
    private readonly AdaptiveCardValidator _validator = new();

    [Fact]
    public async Task Every_element_input_and_action_of_the_model_validates_with_zero_events()
    {
        await _validator.AssertValidAsync("every-element", CardSamples.EveryElement().ToJson());
    }

    [Fact]
    public async Task A_required_input_without_label_is_caught_by_the_renderer()
    {
        var card = new AdaptiveCard { Body = [new TextInput { Id = "x", IsRequired = true }] };

        var events = await _validator.ValidateAsync("unlabelled", card.ToJson());

        Assert.Contains(events, e => e.Event.Contains("Label", StringComparison.OrdinalIgnoreCase));
    }
}
