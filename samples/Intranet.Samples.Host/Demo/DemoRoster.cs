using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;

namespace Intranet.Samples.Host.Demo;

/// <summary>
/// A made-up roster of 40 staff: four headquarters departments and four community centres, Korean names,
/// hire dates spread over 0–30 years, each department head the manager of its staff.
/// </summary>
internal static class DemoRoster
{
    private static readonly string[] Departments =
    [
        "행정지원과", "민원여권과", "복지정책과", "안전총괄과",
        "행복1동 행정복지센터", "행복2동 행정복지센터", "새봄동 행정복지센터", "한빛동 행정복지센터",
    ];

    private static readonly string[] Names =
    [
        "김민준", "이서연", "박도윤", "최지우", "정하준", "강서윤", "조은우", "윤하은", "장시우", "임지아",
        "한주원", "오수아", "서예준", "신채원", "권지호", "황다은", "안유준", "송소율", "전건우", "홍예린",
        "유현우", "고지유", "문우진", "양서현", "손민재", "배하린", "백준서", "허윤서", "남도현", "심수빈",
        "노재윤", "하지안", "곽태윤", "성은서", "차승민", "주아린", "우진우", "구나연", "민성준", "류가은",
    ];

    // Years of service per position in a department: the head first, then staff.
    private static readonly int[] YearsOfService = [28, 14, 7, 2, 0];

    /// <summary>Writes the roster to the configured path unless a roster is already there.</summary>
    public static async Task EnsureAsync(IntranetOptions options, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(Path.Combine(options.DataPath, options.RosterPath));
        if (File.Exists(path))
        {
            return;
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        var people = new List<StaffMember>();
        for (var d = 0; d < Departments.Length; d++)
        {
            var isCentre = Departments[d].EndsWith("센터", StringComparison.Ordinal);
            for (var p = 0; p < YearsOfService.Length; p++)
            {
                var index = d * YearsOfService.Length + p;
                var id = $"u{index + 1:00}";
                people.Add(new StaffMember
                {
                    Id = id,
                    DisplayName = Names[index],
                    UserPrincipalName = $"{id}@demo.example",
                    Mail = $"{id}@demo.example",
                    Department = Departments[d],
                    JobTitle = p == 0 ? (isCentre ? "동장" : "과장") : p == 1 ? "팀장" : "주무관",
                    HireDate = today.AddYears(-YearsOfService[p]).AddDays(-37 * (d + 1)),
                    // A few colleagues read cards in English, to show both languages side by side.
                    PreferredLanguage = index % 10 == 3 ? "en-US" : "ko-KR",
                    ManagerId = p == 0 ? null : $"u{d * YearsOfService.Length + 1:00}",
                });
            }
        }

        var heads = people.Where(p => p.ManagerId is null).ToList();
        RosterGroup[] groups =
        [
            new("g-centre-chiefs", "동장 협의회", [.. heads.Where(h => h.JobTitle == "동장").Select(h => h.Id)]),
            new("g-hq-heads", "본청 과장단", [.. heads.Where(h => h.JobTitle == "과장").Select(h => h.Id)]),
            new("g-managers", "간부 공무원", ["g-centre-chiefs", "g-hq-heads"]),
        ];

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await RosterFile.WriteJsonAsync(path, people, groups, cancellationToken);
    }
}
