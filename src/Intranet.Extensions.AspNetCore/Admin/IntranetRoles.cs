namespace Intranet.Extensions.AspNetCore.Admin;

/// <summary>
/// The app roles of the Entra app registration (declared in its manifest, assigned to people or groups in
/// Enterprise applications). Each is also the name of an authorization policy; <see cref="Admin"/> passes every one.
/// </summary>
public static class IntranetRoles
{
    /// <summary>Publishes and withdraws manuals and sees who has not read them.</summary>
    public const string ManualsPublish = "Manuals.Publish";

    /// <summary>Reviews, adopts and rejects ideas.</summary>
    public const string IdeasReview = "Ideas.Review";

    /// <summary>Organises Hope Day sessions.</summary>
    public const string HopeDayOrganize = "HopeDay.Organize";

    /// <summary>Everything, including configuration.</summary>
    public const string Admin = "Intranet.Admin";

    /// <summary>Every role, for the app registration manifest and the docs.</summary>
    public static IReadOnlyList<string> All { get; } = [ManualsPublish, IdeasReview, HopeDayOrganize, Admin];
}
