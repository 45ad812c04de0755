namespace Intranet.Extensions.People;

/// <summary>A member of staff, as the directory (roster file or Microsoft Graph) knows them.</summary>
public sealed record StaffMember
{
    /// <summary>Entra object id (or the roster's id on the embedded default).</summary>
    public required string Id { get; init; }

    /// <summary>Name shown on cards.</summary>
    public required string DisplayName { get; init; }

    /// <summary>User principal name, used to sign in.</summary>
    public string? UserPrincipalName { get; init; }

    /// <summary>Mail address.</summary>
    public string? Mail { get; init; }

    /// <summary>Department or unit, for example a community centre.</summary>
    public string? Department { get; init; }

    /// <summary>Job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Hire date (Graph <c>employeeHireDate</c>); seniority rules read it.</summary>
    public DateOnly? HireDate { get; init; }

    /// <summary>Preferred language such as <c>ko-KR</c> or <c>en-US</c>.</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>Object id of the person's manager (the department head on the demo roster).</summary>
    public string? ManagerId { get; init; }
}
