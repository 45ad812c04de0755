using System.Globalization;
using Intranet.Extensions.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Incentives;

/// <summary>The leaderboard card.</summary>
internal static class LeaderboardCards
{
    public static AdaptiveCard Leaderboard(LeaderboardView view, CultureInfo culture)
    {
        var body = new List<CardElement> { Heading(T("leaderboard.heading", culture)) };
        body.Add(view.CampaignTitle is { } title ? Typed(title, 200, subtle: true) : Note(T("leaderboard.allCampaigns", culture)));
        body.Add(new TextBlock(T("leaderboard.people", culture)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true });
        body.AddRange(Rows(view.People, s => F("leaderboard.person", culture, s.Name, s.Department ?? "—", s.Points, s.Adopted), culture));
        body.Add(new TextBlock(T("leaderboard.departments", culture)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true });
        body.AddRange(Rows(view.Departments, s => F("leaderboard.department", culture, s.Name, s.Points, s.Adopted), culture));
        body.Add(Note(T("leaderboard.note", culture)));

        var actions = new List<AdaptiveAction>();
        if (view.CampaignId is { } campaignId)
        {
            actions.Add(view.CampaignTitle is null
                ? Button("ideaboard.leaderboard", T("leaderboard.campaignOnly", culture), Data(("campaignId", campaignId)))
                : Button("ideaboard.leaderboard", T("leaderboard.all", culture), Data(("scope", "all"), ("campaignId", campaignId))));
            actions.Add(Button("ideaboard.browse", T("action.browse", culture), Data(("campaignId", campaignId))));
        }

        return Card(T("leaderboard.heading", culture), body, actions);
    }

    private static IEnumerable<CardElement> Rows(IReadOnlyList<Standing> standings, Func<Standing, string> line, CultureInfo culture)
    {
        if (standings.Count == 0)
        {
            yield return Note(T("leaderboard.empty", culture));
        }

        for (var i = 0; i < standings.Count; i++)
        {
            yield return new ColumnSet
            {
                Spacing = Spacing.Small,
                Columns =
                [
                    new Column { Width = "30px", Items = [new TextBlock(F("leaderboard.rank", culture, i + 1)) { Weight = TextWeight.Bolder }] },
                    new Column { Width = "stretch", Items = [new TextBlock(line(standings[i]))] },
                ],
            };
        }
    }
}
