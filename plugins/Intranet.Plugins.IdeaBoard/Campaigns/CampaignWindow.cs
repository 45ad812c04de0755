using System.Globalization;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>The submission window, enforced and shown in the organisation's time zone.</summary>
internal static class CampaignWindow
{
    /// <summary>Refuses anything outside the window with a message that says when it opens or when it closed.</summary>
    public static void EnsureOpen(Campaign campaign, DateTimeOffset now, TimeZoneInfo zone, CultureInfo culture)
    {
        switch (campaign.PhaseAt(now))
        {
            case CampaignPhase.Scheduled:
                throw Error("NotOpenYet", culture, Format(campaign.OpensAt, zone, culture));
            case CampaignPhase.Closed:
                throw Error("CampaignClosed", culture, Format(campaign.ClosedAt is { } closed && closed < campaign.ClosesAt ? closed : campaign.ClosesAt, zone, culture));
        }
    }

    /// <summary>An instant as a wall-clock time of the organisation, with its UTC offset (the format lives in the resources).</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        F("format.datetime", culture, TimeZoneInfo.ConvertTime(instant, zone));

    /// <summary>"opens – closes" in the organisation's time zone.</summary>
    public static string Range(Campaign campaign, TimeZoneInfo zone, CultureInfo culture) =>
        F("format.range", culture, Format(campaign.OpensAt, zone, culture), Format(campaign.ClosesAt, zone, culture));

    /// <summary>A wall-clock time of the organisation as a UTC instant.</summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
