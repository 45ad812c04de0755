using Intranet.Extensions.People;

namespace Intranet.Plugins.HopeDay;

/// <summary>
/// Who counts as junior in a round: staff hired within <paramref name="JuniorYears"/> years before
/// <paramref name="ReferenceDate"/> (the directory's hire date, Graph <c>employeeHireDate</c>).
/// </summary>
/// <param name="JuniorYears">Years of service below which a person is junior, for example 3.</param>
/// <param name="ReferenceDate">The date seniority is measured at, usually the round's first day.</param>
/// <param name="MissingHireDate">The group of people whose directory entry has no hire date.</param>
public sealed record MixRule(int JuniorYears, DateOnly ReferenceDate, SeniorityGroup MissingHireDate = SeniorityGroup.Senior)
{
    /// <summary>The group <paramref name="person"/> belongs to in this round.</summary>
    public SeniorityGroup Classify(StaffMember person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.HireDate is not { } hired ? MissingHireDate
            : hired > ReferenceDate.AddYears(-JuniorYears) ? SeniorityGroup.Junior
            : SeniorityGroup.Senior;
    }
}
