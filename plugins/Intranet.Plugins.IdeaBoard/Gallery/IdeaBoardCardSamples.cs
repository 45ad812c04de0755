using Intranet.Extensions.Gallery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Closing;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Export;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Incentives;
using Intranet.Plugins.IdeaBoard.Review;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.IdeaBoard.Gallery;

/// <summary>Every idea board card in every state worth seeing, with sample data (typed text includes hostile Markdown and HTML).</summary>
internal sealed class IdeaBoardCardSamples(IOrganizationContext organization, IOptions<IdeaBoardOptions> options) : ICardSampleProvider
{
    private const string Id = "ideaboard";
    private static readonly DateTimeOffset Opens = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = Opens.AddDays(3).AddHours(2);

    private static readonly Campaign Kindness = new()
    {
        Id = "kindness-2026",
        Title = "2026 친절 정책 아이디어 공모",
        Description = "민원인이 '또 오고 싶은' 구청을 만들 친절 정책을 모읍니다. 작은 아이디어도 환영합니다!",
        Kind = CampaignKind.Ideas,
        OpensAt = Opens,
        ClosesAt = Opens.AddDays(12).AddHours(9),
        Categories = ["민원 응대", "안내·표지", "디지털 서비스"],
        Reviewers = Audience.OfGroups("g-hq-heads"),
        IncentivePoints = 100,
    };

    private static readonly Campaign Work = new()
    {
        Id = "unnecessary-work",
        Title = "불필요한 업무 버리기",
        Description = "관행처럼 해 온 보고·취합·서식 가운데 없애도 되는 일을 알려 주세요. 작성자는 심사위원에게만 공개됩니다.",
        Kind = CampaignKind.UnnecessaryWork,
        OpensAt = Opens,
        ClosesAt = Opens.AddDays(20),
        Anonymous = true,
        Reviewers = Audience.OfDepartments("행정지원과"),
        IncentivePoints = 50,
    };

    private static readonly Idea Sample = new()
    {
        Id = "i0a1b2c3d4e5f",
        CampaignId = Kindness.Id,
        AuthorId = "u-author",
        AuthorName = "김하늘",
        AuthorDepartment = "민원여권과",
        Title = "어르신 전용 \"천천히 창구\" 운영 <b>**즉시**</b>",
        Body = "# 제안\n매주 화·목 오전에 어르신 전용 창구를 열어 서류를 *하나하나* 설명합니다. <script>alert('x')</script> [링크](http://example.invalid)",
        Category = "민원 응대",
        SubmittedAt = At,
    };

    private static readonly Idea WorkItem = new()
    {
        Id = "i1f2e3d4c5b6a",
        CampaignId = Work.Id,
        AuthorId = "u-author",
        AuthorName = "김하늘",
        AuthorDepartment = "행복1동 행정복지센터",
        Title = "주간 업무보고 서면 취합",
        CurrentPractice = "매주 금요일 각 팀이 한글 파일로 주간 업무를 써서 메일로 보내면 서무가 하나로 합칩니다.",
        WhyUnnecessary = "같은 내용이 업무관리시스템에 이미 있습니다. 취합에만 매주 3시간이 듭니다.",
        HoursSavedPerMonth = 12,
        Body = "업무관리시스템 화면으로 주간 회의를 진행합니다.",
        SubmittedAt = At,
    };

    private static readonly Comment[] Comments =
    [
        new("c1", Sample.Id, "u-other", "이서준", "행정지원과", "좋은 생각입니다. **번호표**도 따로 두면 좋겠어요.", At.AddHours(1)),
        new("c2", Sample.Id, "u-author", "김하늘", "민원여권과", "네, 번호표 색을 다르게 하면 되겠습니다 :)", At.AddHours(2)),
    ];

    private static readonly Score[] Scores =
    [
        new(Sample.Id, "u-reviewer", "박과장", new Dictionary<string, int> { ["impact"] = 5, ["feasibility"] = 4, ["cost"] = 3 }, At.AddDays(1)),
        new(Sample.Id, "u-reviewer2", "최팀장", new Dictionary<string, int> { ["impact"] = 4, ["feasibility"] = 4, ["cost"] = 4 }, At.AddDays(1)),
    ];

    public IEnumerable<CardSample> GetSamples()
    {
        var zone = organization.TimeZone;
        var limits = options.Value;
        var adopted = Decided(Sample, DecisionKind.Adopt, "민원여권과부터 4월에 시범 운영합니다. \"천천히 창구\" 안내판도 함께 만듭니다.") with
        {
            Implementation = ImplementationStatus.InProgress,
            PointsAwarded = Kindness.IncentivePoints,
        };
        var merged = Decided(Sample with { Id = "i9", Title = "어르신 창구 따로 만들기" }, DecisionKind.Merge, "비슷한 제안과 합쳐 함께 검토합니다.") with { MergedInto = Sample.Id };
        SimilarIdea[] similar = [new(Sample.Id, Sample.Title, 0.62), new("i7", "민원실 어르신 안내 도우미 배치", 0.41)];
        var rows = new List<IdeaRow>
        {
            new(Sample, 27, 2, true),
            new(Sample with { Id = "i2", Title = "민원실 대기 의자에 돋보기 비치" }, 15, 0, true),
            new(Sample with { Id = "i3", Title = "전화 응대 '끝인사' 캠페인", Status = IdeaStatus.UnderReview, AssignedReviewerId = "u-reviewer", AssignedReviewerName = "박과장" }, 9, 4, true),
        };

        IdeaView View(Campaign campaign, Idea idea, bool isAuthor = false, bool hasVoted = false, CampaignPhase phase = CampaignPhase.Open, bool isReviewer = false, string? mergedInto = null) =>
            new(campaign, idea, 27, hasVoted, idea.CampaignId == Kindness.Id ? Comments : [], IdeaViews.ShowAuthor(campaign, isAuthor, isReviewer),
                isAuthor, isReviewer, phase, mergedInto, "draft", limits);

        ReviewView Review(Idea idea, Score? mine = null, IReadOnlyList<Score>? scores = null) =>
            new(Kindness, idea, 27, 2, scores ?? [], mine, [new("i2", "민원실 대기 의자에 돋보기 비치"), new("i3", "전화 응대 '끝인사' 캠페인")], null, ["u-reviewer", "u-reviewer2"], limits,
                idea.IsSettled ? [] : similar[1..], [new("u-reviewer", "박과장"), new("u-reviewer2", "최팀장")]);

        yield return new(Id, "announcement", c => IdeaCards.Announcement(new(Kindness, CampaignPhase.Open, "announce-0", zone, limits), c));
        yield return new(Id, "announcement-unnecessary-work", c => IdeaCards.Announcement(new(Work, CampaignPhase.Open, "announce-0", zone, limits), c));
        yield return new(Id, "announcement-similar", c => IdeaCards.Announcement(new(Kindness, CampaignPhase.Open, "d1", zone, limits,
            new IdeaDraft("어르신 천천히 창구", "어르신께 서류를 천천히 설명하는 창구", "민원 응대", null, null, null), similar), c));
        yield return new(Id, "announcement-scheduled", c => IdeaCards.Announcement(new(Kindness, CampaignPhase.Scheduled, "announce-0", zone, limits), c));
        yield return new(Id, "announcement-closed", c => IdeaCards.Announcement(new(Kindness with { ClosedAt = Kindness.ClosesAt }, CampaignPhase.Closed, "announce-0", zone, limits), c));
        yield return new(Id, "submitted", c => IdeaCards.Submitted(new(Kindness, Sample, similar[1..]), c));
        yield return new(Id, "idea", c => IdeaCards.Idea(View(Kindness, Sample), c));
        yield return new(Id, "idea-voted", c => IdeaCards.Idea(View(Kindness, Sample, hasVoted: true), c));
        yield return new(Id, "idea-own", c => IdeaCards.Idea(View(Kindness, Sample with { EditedAt = At.AddHours(3) }, isAuthor: true), c));
        yield return new(Id, "idea-anonymous", c => IdeaCards.Idea(View(Work, WorkItem), c));
        yield return new(Id, "idea-reviewer", c => IdeaCards.Idea(View(Work, WorkItem with { Status = IdeaStatus.UnderReview, ReviewStartedAt = At }, isReviewer: true), c));
        yield return new(Id, "idea-adopted", c => IdeaCards.Idea(View(Kindness, adopted, phase: CampaignPhase.Closed), c));
        yield return new(Id, "idea-merged", c => IdeaCards.Idea(View(Kindness, merged, phase: CampaignPhase.Closed, mergedInto: Sample.Title), c));
        yield return new(Id, "idea-withdrawn", c => IdeaCards.Idea(View(Kindness, Sample with { Status = IdeaStatus.Withdrawn }, isAuthor: true), c));
        yield return new(Id, "edit", c => IdeaCards.Edit(Kindness, Sample, limits, c));
        yield return new(Id, "edit-unnecessary-work", c => IdeaCards.Edit(Work, WorkItem, limits, c));
        yield return new(Id, "withdrawn", c => IdeaCards.Withdrawn(Kindness, Sample, c));
        yield return new(Id, "browse", c => IdeaCards.Browse(new(Kindness, CampaignPhase.Open, rows, 1, 3, 19, "top"), c));
        yield return new(Id, "browse-anonymous", c => IdeaCards.Browse(new(Work, CampaignPhase.Open, [new(WorkItem, 8, 1, false)], 0, 1, 1, "latest"), c));
        yield return new(Id, "browse-empty", c => IdeaCards.Browse(new(Kindness, CampaignPhase.Open, [], 0, 1, 0, "top"), c));
        yield return new(Id, "mine", c => IdeaCards.Mine(new(Kindness, CampaignPhase.Open, [new(adopted, 27, 2, true), rows[2]], 100), c));
        yield return new(Id, "mine-empty", c => IdeaCards.Mine(new(Kindness, CampaignPhase.Closed, [], 0), c));
        yield return new(Id, "review", c => ReviewCards.Review(Review(Sample), c));
        yield return new(Id, "review-scored", c => ReviewCards.Review(Review(Sample with
        {
            Status = IdeaStatus.UnderReview,
            AssignedReviewerId = "u-reviewer",
            AssignedReviewerName = "박과장",
        }, Scores[0], Scores), c));
        yield return new(Id, "review-unnecessary-work", c => ReviewCards.Review(Review(WorkItem) with { Campaign = Work }, c));
        yield return new(Id, "review-adopted", c => ReviewCards.Review(Review(adopted, Scores[0], Scores), c));
        yield return new(Id, "review-queue", c => ReviewCards.Queue(new(Kindness, rows, 4), c));
        yield return new(Id, "review-queue-empty", c => ReviewCards.Queue(new(Kindness, [], 19), c));
        foreach (var kind in Enum.GetValues<DecisionKind>())
        {
            var idea = kind switch
            {
                DecisionKind.Adopt => adopted with { Implementation = ImplementationStatus.Planned },
                DecisionKind.Merge => merged,
                _ => Decided(Sample, kind, kind == DecisionKind.Hold ? "예산 편성 시기(9월)에 다시 검토합니다." : ""),
            };
            yield return new(Id, "decision-" + kind.ToString().ToLowerInvariant(), c => DecisionCards.Decision(new(Kindness, idea, kind == DecisionKind.Merge ? Sample.Title : null), c));
        }

        yield return new(Id, "implementation", c => DecisionCards.Implementation(new(Kindness, adopted, null), c));
        yield return new(Id, "implementation-done", c => DecisionCards.Implementation(new(Kindness, adopted with { Implementation = ImplementationStatus.Done }, null), c));
        yield return new(Id, "digest", c => DigestCards.Digest(new(Kindness, Kindness.ClosesAt, 19, 214, 37, 96, 3, rows, zone), c));
        yield return new(Id, "digest-anonymous", c => DigestCards.Digest(new(Work, Work.ClosesAt, 64, 512, 80, 140, 0,
            [new(WorkItem, 41, 6, false), new(WorkItem with { Id = "i5", Title = "출장 복명서 종이 결재" }, 33, 2, false)], zone), c));
        yield return new(Id, "digest-empty", c => DigestCards.Digest(new(Kindness, Kindness.ClosesAt, 0, 0, 0, 0, 0, [], zone), c));
        yield return new(Id, "leaderboard", c => LeaderboardCards.Leaderboard(new(Kindness.Id, Kindness.Title,
            [new("김하늘", "민원여권과", 200, 2), new("이서준", "행정지원과", 100, 1)],
            [new("민원여권과", null, 300, 3), new("행정지원과", null, 100, 1)]), c));
        yield return new(Id, "leaderboard-all", c => LeaderboardCards.Leaderboard(new(Kindness.Id, null, [new("김하늘", "민원여권과", 200, 2)], [new("민원여권과", null, 200, 2)]), c));
        yield return new(Id, "leaderboard-empty", c => LeaderboardCards.Leaderboard(new(null, null, [], []), c));
        yield return new(Id, "export", c => ExportCards.Export(Kindness,
            [.. Enum.GetValues<IdeaBoardExport>().Select(e => (e, new Uri($"http://127.0.0.1:5080/documents/ideaboard/exports/kindness-2026/20260315-000000-ko/{e}.csv")))], c));
    }

    private static Idea Decided(Idea idea, DecisionKind kind, string feedback) => idea with
    {
        Status = kind switch
        {
            DecisionKind.Adopt => IdeaStatus.Adopted,
            DecisionKind.Reject => IdeaStatus.Rejected,
            DecisionKind.Merge => IdeaStatus.Merged,
            _ => IdeaStatus.OnHold,
        },
        ReviewStartedAt = At.AddDays(1),
        Decisions = [new ReviewDecision(kind, "u-reviewer", "박과장", feedback, At.AddDays(2))],
    };
}
