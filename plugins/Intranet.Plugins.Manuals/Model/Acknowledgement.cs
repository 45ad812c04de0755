namespace Intranet.Plugins.Manuals.Model;

/// <summary>A person's confirmation that they read one version of a manual; one document per (manual, version, person).</summary>
/// <param name="ManualId">The manual.</param>
/// <param name="Version">The version confirmed.</param>
/// <param name="PersonId">Who confirmed.</param>
/// <param name="PersonName">Their name at the time.</param>
/// <param name="Unit">Their department at the time.</param>
/// <param name="AcknowledgedAt">When.</param>
public sealed record Acknowledgement(string ManualId, int Version, string PersonId, string PersonName, string? Unit, DateTimeOffset AcknowledgedAt);

/// <summary>What acknowledging did.</summary>
/// <param name="Acknowledgement">The confirmation stored (the earlier one when the person had already confirmed this version).</param>
/// <param name="IsNew">False when the person had already confirmed this version.</param>
/// <param name="LatestVersion">The latest version of the manual.</param>
/// <param name="LatestIsCovered">Whether the person's confirmations cover the latest version too.</param>
public sealed record AcknowledgementOutcome(Acknowledgement Acknowledgement, bool IsNew, int LatestVersion, bool LatestIsCovered)
{
    /// <summary>True when the confirmed version is not the latest.</summary>
    public bool IsOutdated => Acknowledgement.Version < LatestVersion;
}

/// <summary>A person a version was delivered to.</summary>
/// <param name="Id">Directory id.</param>
/// <param name="DisplayName">Name.</param>
/// <param name="Unit">Department at publishing; reports group by it.</param>
public sealed record ManualReader(string Id, string DisplayName, string? Unit);
