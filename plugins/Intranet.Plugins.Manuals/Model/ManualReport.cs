namespace Intranet.Plugins.Manuals.Model;

/// <summary>Who confirmed a version, per unit, and who is missing.</summary>
/// <param name="ManualId">The manual.</param>
/// <param name="Version">The version reported on.</param>
/// <param name="Title">The manual's title.</param>
/// <param name="DueDate">The due date, if any.</param>
/// <param name="GeneratedAt">When the report was made.</param>
/// <param name="Units">Per unit, in unit order.</param>
/// <param name="Readers">Every reader and their confirmation, by unit and name.</param>
public sealed record ManualReport(
    string ManualId, int Version, string Title, DateOnly? DueDate, DateTimeOffset GeneratedAt,
    IReadOnlyList<UnitReport> Units, IReadOnlyList<ReaderStatus> Readers)
{
    /// <summary>Readers in total.</summary>
    public int Total => Readers.Count;

    /// <summary>Readers whose confirmation counts for this version.</summary>
    public int Acknowledged => Readers.Count(r => r.HasAcknowledged);

    /// <summary>Share of readers who confirmed, 0 to 1.</summary>
    public double Rate => Total == 0 ? 0 : (double)Acknowledged / Total;

    /// <summary>Readers who have not confirmed.</summary>
    public IEnumerable<ManualReader> Missing => Readers.Where(r => !r.HasAcknowledged).Select(r => r.Reader);
}

/// <summary>One unit's numbers.</summary>
/// <param name="Unit">The unit (department); empty when the directory names none.</param>
/// <param name="Total">Readers in the unit.</param>
/// <param name="Acknowledged">Readers who confirmed.</param>
/// <param name="Missing">Readers who have not, by name.</param>
public sealed record UnitReport(string Unit, int Total, int Acknowledged, IReadOnlyList<ManualReader> Missing)
{
    /// <summary>Share of readers who confirmed, 0 to 1.</summary>
    public double Rate => Total == 0 ? 0 : (double)Acknowledged / Total;
}

/// <summary>A reader and the confirmation that counts for the reported version, if any.</summary>
/// <param name="Reader">The reader.</param>
/// <param name="Acknowledgement">The most recent confirmation that counts; null when none.</param>
public sealed record ReaderStatus(ManualReader Reader, Acknowledgement? Acknowledgement)
{
    /// <summary>Whether the reader confirmed.</summary>
    public bool HasAcknowledged => Acknowledgement is not null;
}
