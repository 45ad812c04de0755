using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Abstractions.Tests.Cards;

/// <summary>A card using every element, input and action of the model.</summary>
internal static class CardSamples
{
    public static AdaptiveCard EveryElement() => new()
    {
        FallbackText = "모든 요소",
        Body =
        [
            new TextBlock("제목") { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = "heading", Color = TextColor.Accent },
            new RichTextBlock { Inlines = [new TextRun("굵게") { Weight = TextWeight.Bolder }, new TextRun(" 보통") { Italic = true }] },
            new FactSet { Facts = [new Fact("부서", "민원여권과"), new Fact("직급", "주무관")] },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "auto", Items = [new Image { Url = "https://adaptivecards.io/content/cats/1.png", AltText = "cat", Size = ImageSize.Small }] },
                    new Column { Width = "stretch", Items = [new TextBlock("오른쪽")] },
                ],
            },
            new Container
            {
                Id = "form",
                Style = ContainerStyle.Emphasis,
                Items =
                [
                    new TextInput { Id = "name", Label = "이름", IsRequired = true, ErrorMessage = "이름을 입력하세요", MaxLength = 50 },
                    new NumberInput { Id = "score", Label = "점수", Min = 1, Max = 5, Value = 3 },
                    new ChoiceSetInput { Id = "pick", Label = "선택", Choices = [new Choice("가", "a"), new Choice("나", "b")], Style = ChoiceSetStyle.Expanded },
                    new ToggleInput { Id = "agree", Title = "동의합니다", Label = "동의", ValueOn = "yes", ValueOff = "no" },
                    new DateInput { Id = "day", Label = "날짜", Min = "2026-01-01", Max = "2026-12-31" },
                ],
            },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "접기", TargetElements = ["form"] }] },
        ],
        Actions =
        [
            new ExecuteAction("demo.save", "저장") { Style = ActionStyle.Positive, Data = new JsonObject { ["id"] = "1" }, AssociatedInputs = "auto" },
            new OpenUrlAction { Title = "열기", Url = "https://example.org/manual" },
            new ShowCardAction { Title = "더 보기", Card = new AdaptiveCard { Body = [new TextBlock("안쪽")] } },
        ],
        Refresh = new CardRefresh { Action = new ExecuteAction("demo.view"), UserIds = ["u1", "u2"] },
        MsTeams = TeamsCardProperties.FullWidth,
    };
}
