using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Model;
using static Intranet.Plugins.Manuals.Cards.CardParts;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>
/// The manual card: delivered to the audience, refreshed per person into "confirmed on … (vN)", and sent again
/// as a reminder. Title, owner, "3 areas · 45 tasks", what changed, and open, browse, search and confirm.
/// </summary>
internal static class ManualCards
{
    private const int MaxChangeTitles = 5;

    public static AdaptiveCard Manual(ManualCardModel model, CultureInfo culture)
    {
        var version = model.Version;
        var manual = version.Manual;
        var kicker = model.IsReminder ? T("reminder.kicker", culture) : F("manual.kicker", culture, version.Number);
        var card = Card(F(model.IsReminder ? "reminder.fallback" : "manual.fallback", culture, manual.Title, version.Number),
            [Header(kicker, manual.Title, model.IsReminder ? ContainerStyle.Warning : ContainerStyle.Emphasis)]);
        if (model.IsReminder)
        {
            card.Body.Add(new TextBlock(version.DueDate is { } due ? F("reminder.body", culture, Date(due, culture)) : T("reminder.body.nodue", culture)));
        }

        card.Body.Add(Facts(version, culture));
        if (!string.IsNullOrWhiteSpace(manual.Summary) && !model.IsReminder)
        {
            card.Body.Add(CardText.Verbatim(manual.Summary, 500));
        }

        if (version.Changes.PreviousVersion is not null)
        {
            card.Body.Add(Changes(version.Changes, culture));
        }

        card.Body.AddRange(Status(model, culture));
        AddAttachments(card, model, culture);

        var reader = model.Reader;
        if (reader?.ThisVersion is null && reader?.Covering is null)
        {
            card.Actions.Add(Execute("acknowledge", T(version.RequiresAcknowledgement ? "action.acknowledge" : "action.acknowledge.optional", culture), Data(version), positive: true));
        }

        card.Actions.Add(Execute("browse", T("action.browse", culture), Data(version)));
        card.Actions.Add(SearchAction(version, culture));
        if (reader is not null && reader.Latest > version.Number)
        {
            card.Actions.Add(Execute("view", F("action.latest", culture, reader.Latest), Data(version, ("version", reader.Latest))));
        }

        if (model.DocumentLink is { } link)
        {
            card.Actions.Add(new OpenUrlAction { Title = T("action.open", culture), Url = link.AbsoluteUri });
        }

        card.Refresh = Refresh(version, model.RefreshUserIds, model.IsReminder);
        return card;
    }

    private static FactSet Facts(ManualVersion version, CultureInfo culture)
    {
        var manual = version.Manual;
        var facts = new List<Fact>
        {
            new(T("manual.owner", culture), manual.OwnerDepartment),
            new(T("manual.version", culture), F(version.IsMajor ? "manual.version.major" : "manual.version.minor", culture, version.Number)),
            new(T("manual.structure", culture), F("manual.structure.value", culture, manual.Areas.Count, manual.TaskCount)),
        };
        if (manual.EffectiveDate is { } effective)
        {
            facts.Add(new(T("manual.effective", culture), Date(effective, culture)));
        }

        facts.Add(new(T("manual.due", culture), version.DueDate is { } due ? Date(due, culture) : T("manual.due.none", culture)));
        return new FactSet { Facts = facts };
    }

    private static Container Changes(ManualChanges changes, CultureInfo culture)
    {
        var container = new Container
        {
            Separator = true,
            Items =
            [
                Heading(F("changes.title", culture, changes.PreviousVersion)),
                new TextBlock(F("changes.counts", culture, changes.Added.Count, changes.Changed.Count, changes.Removed.Count)),
            ],
        };
        if (changes.IsEmpty)
        {
            container.Items.Add(new TextBlock(T("changes.none", culture)) { IsSubtle = true });
        }

        foreach (var (key, list) in new[] { ("changes.added", changes.Added), ("changes.changed", changes.Changed), ("changes.removed", changes.Removed) })
        {
            if (list.Count == 0)
            {
                continue;
            }

            var titles = string.Join(", ", list.Take(MaxChangeTitles).Select(c => CardText.Truncate(c.Title, 60)));
            var more = list.Count > MaxChangeTitles ? " " + F("changes.more", culture, list.Count - MaxChangeTitles) : "";
            container.Items.Add(Runs(Run(T(key, culture) + " ", bold: true), Run(titles + more, maxLength: 600)));
        }

        return container;
    }

    private static IEnumerable<CardElement> Status(ManualCardModel model, CultureInfo culture)
    {
        var version = model.Version;
        var reader = model.Reader;
        if (reader is not null && reader.Latest > version.Number)
        {
            yield return new Container
            {
                Style = ContainerStyle.Warning,
                Items =
                [
                    new TextBlock(F("status.outdated", culture, version.Number, reader.Latest)) { Weight = TextWeight.Bolder },
                    new TextBlock(T(reader.LatestCovered ? "status.outdated.covered" : "status.outdated.required", culture)),
                ],
            };
        }

        if (reader?.ThisVersion is { } mine)
        {
            yield return new TextBlock(F("status.acknowledged", culture, When(mine.AcknowledgedAt), mine.Version)) { Color = TextColor.Good, Weight = TextWeight.Bolder };
        }
        else if (reader?.Covering is { } covering)
        {
            yield return new TextBlock(F("status.acknowledged", culture, When(covering.AcknowledgedAt), covering.Version)) { Color = TextColor.Good, Weight = TextWeight.Bolder };
            yield return new TextBlock(F("status.covered", culture, covering.Version, version.Number)) { IsSubtle = true };
        }
        else if (version.RequiresAcknowledgement)
        {
            yield return new TextBlock(version.DueDate is { } due ? F("status.pending", culture, Date(due, culture)) : T("status.pending.nodue", culture))
            {
                Color = TextColor.Attention,
            };
        }
        else
        {
            yield return new TextBlock(T("status.optional", culture)) { IsSubtle = true };
        }

        if (model.Notice == CardNotice.AlreadyAcknowledged)
        {
            yield return new TextBlock(T("status.already", culture)) { IsSubtle = true };
        }
    }

    private static void AddAttachments(AdaptiveCard card, ManualCardModel model, CultureInfo culture)
    {
        if (model.Attachments.Count == 0)
        {
            return;
        }

        card.Body.Add(Heading(T("manual.attachments", culture)));
        foreach (var page in model.Attachments.Chunk(5))
        {
            card.Body.Add(new ActionSet
            {
                Actions = [.. page.Select(a => (AdaptiveAction)new OpenUrlAction
                {
                    Title = CardText.Truncate(a.Attachment.Name, 40) + " (" + Size(a.Attachment.Length, culture) + ")",
                    Url = a.Link.AbsoluteUri,
                })],
            });
        }
    }

    private static string Size(long bytes, CultureInfo culture) =>
        bytes >= 1024 * 1024 ? (bytes / 1024d / 1024d).ToString("0.0", culture) + " MB" : Math.Max(1, bytes / 1024).ToString(culture) + " KB";
}
