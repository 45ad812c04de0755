using Intranet.Extensions.Gallery;
using Intranet.Extensions.People;
using Intranet.Samples.PraisePlugin.Cards;
using Intranet.Samples.PraisePlugin.Model;

namespace Intranet.Samples.PraisePlugin.Gallery;

/// <summary>Every praise card, with sample data, for the gallery.</summary>
internal sealed class PraiseCardSamples : ICardSampleProvider
{
    private static readonly DateTimeOffset SentAt = new(2026, 5, 12, 1, 30, 0, TimeSpan.Zero);

    private static readonly Praise Sample = new(
        "sample", "u-sender", "김하늘", "민원여권과", "u-colleague", "이서준",
        "어르신 민원인께 서류를 하나하나 설명해 주셔서 감사했습니다. <b>정말</b> *친절*했어요! \"최고\"", SentAt);

    public IEnumerable<CardSample> GetSamples()
    {
        StaffMember[] colleagues =
        [
            new() { Id = "u-colleague", DisplayName = "이서준", Department = "민원여권과" },
            new() { Id = "u-other", DisplayName = "박지민", Department = "행복1동 행정복지센터" },
        ];
        yield return new("praise", "compose", c => PraiseCards.Compose(colleagues, "draft", c));
        yield return new("praise", "sent", c => PraiseCards.Sent(Sample, c));
        yield return new("praise", "received", c => PraiseCards.Received(Sample, c));
        yield return new("praise", "received-thanked", c => PraiseCards.Received(Sample with { ThankedAt = SentAt.AddHours(2) }, c));
        yield return new("praise", "head-notice", c => PraiseCards.HeadNotice(Sample, c));
        yield return new("praise", "thanked", c => PraiseCards.Thanked(Sample with { ThankedAt = SentAt.AddHours(2) }, c));
    }
}
