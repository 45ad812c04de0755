using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Rosters for the tests: an HQ department that owns manuals and community centres that read them.</summary>
internal static class TestRoster
{
    public const string Owner = "owner";
    public const string OwnerDepartment = "행정지원과";
    public static readonly string[] Centres = ["행복1동 행정복지센터", "행복2동 행정복지센터", "새봄동 행정복지센터", "한빛동 행정복지센터"];

    /// <summary>The owner, a colleague in the owner department, and <paramref name="perCentre"/> people in each centre (c{centre}p{n}); every 4th reads English.</summary>
    public static List<StaffMember> People(int perCentre = 3, int centres = 2)
    {
        var people = new List<StaffMember>
        {
            new() { Id = Owner, DisplayName = "김담당", Department = OwnerDepartment, PreferredLanguage = "ko-KR" },
            new() { Id = "colleague", DisplayName = "이동료", Department = OwnerDepartment, PreferredLanguage = "ko-KR", ManagerId = Owner },
        };
        for (var c = 0; c < centres; c++)
        {
            for (var p = 0; p < perCentre; p++)
            {
                var index = c * perCentre + p;
                people.Add(new StaffMember
                {
                    Id = $"c{c + 1}p{p + 1:000}",
                    DisplayName = $"주민{index + 1:000}",
                    Department = Centres[c % Centres.Length] + (c >= Centres.Length ? $" {c}" : ""),
                    PreferredLanguage = index % 4 == 3 ? "en-US" : "ko-KR",
                });
            }
        }

        return people;
    }

    public static RosterGroup[] Groups => [new("g-empty", "빈 그룹", [])];

    public static IEnumerable<string> CentreIds(IEnumerable<StaffMember> people) => people.Where(p => p.Department != OwnerDepartment).Select(p => p.Id);
}
