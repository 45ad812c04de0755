using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Abstractions.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void Writes_the_wire_format_with_type_names_camel_case_enums_and_no_nulls()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("안녕하세요") { Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge }],
            Actions = [new ExecuteAction("praise.send", "Send") { Data = new JsonObject { ["id"] = 7 } }],
            MsTeams = TeamsCardProperties.FullWidth,
        };

        var json = JsonNode.Parse(card.ToJson())!.AsObject();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("TextBlock", (string?)json["body"]![0]!["type"]);
        Assert.Equal("bolder", (string?)json["body"]![0]!["weight"]);
        Assert.Equal("extraLarge", (string?)json["body"]![0]!["size"]);
        Assert.Equal("Action.Execute", (string?)json["actions"]![0]!["type"]);
        Assert.Equal("praise.send", (string?)json["actions"]![0]!["verb"]);
        Assert.Equal(7, (int?)json["actions"]![0]!["data"]!["id"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.False(json.ContainsKey("refresh"));
        Assert.False(json["body"]![0]!.AsObject().ContainsKey("color"));
    }

    [Fact]
    public void Omits_empty_lists()
    {
        var json = JsonNode.Parse(new AdaptiveCard { Body = [new TextBlock("x")] }.ToJson())!.AsObject();

        Assert.False(json.ContainsKey("actions"));
        Assert.True(json.ContainsKey("body"));
    }

    [Fact]
    public void Round_trips_every_element_and_action_type()
    {
        var card = CardSamples.EveryElement();

        var parsed = CardJson.Parse(card.ToJson());

        Assert.Equal(card.ToJson(), parsed.ToJson());
        Assert.IsType<ChoiceSetInput>(parsed.Body.OfType<Container>().Single().Items[2]);
        Assert.Equal(["u1", "u2"], parsed.Refresh!.UserIds);
    }

    [Fact]
    public void Refuses_an_unknown_element_type()
    {
        var json = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel"}]}""";

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => CardJson.Parse(json));
    }

    [Fact]
    public void Verbatim_text_is_never_markdown_and_is_capped()
    {
        var hostile = "**bold** <script>alert('x')</script> \"quotes\" " + new string('가', 10_000);

        var block = CardText.Verbatim(hostile, maxLength: 100);

        var run = Assert.Single(block.Inlines);
        Assert.Equal(100, run.Text.Length);
        Assert.EndsWith("…", run.Text);
        Assert.StartsWith("**bold** <script>", run.Text);
    }
}
