using System.Globalization;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Search;

namespace Intranet.Plugins.Manuals.Library;

/// <summary>
/// The manual library for hosts and admin surfaces: import drafts from Markdown or JSON, attach files, publish
/// versions, record confirmations, and report. Card actions use the same service. Refusals throw
/// <see cref="ManualsException"/>; import problems come back as <see cref="ManualImportResult.Errors"/>.
/// </summary>
public interface IManualLibrary
{
    /// <summary>Reads a manual from Markdown files without storing it (a dry run).</summary>
    /// <param name="files">The files, read in ordinal name order; the first holds the front matter.</param>
    ManualImportResult ParseMarkdown(IReadOnlyList<ManualSourceFile> files);

    /// <summary>Reads a manual from JSON without storing it (a dry run).</summary>
    /// <param name="file">The JSON file.</param>
    ManualImportResult ParseJson(ManualSourceFile file);

    /// <summary>Reads a manual from Markdown files and stores it as the manual's draft (attachments already added are kept).</summary>
    /// <param name="files">The files.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    Task<ManualImportResult> ImportMarkdownAsync(IReadOnlyList<ManualSourceFile> files, CancellationToken cancellationToken = default);

    /// <summary>Imports every <c>*.md</c> file of a folder (not its subfolders) as one manual.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    Task<ManualImportResult> ImportMarkdownFolderAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>Reads a manual from JSON and stores it as the manual's draft.</summary>
    /// <param name="file">The JSON file.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    Task<ManualImportResult> ImportJsonAsync(ManualSourceFile file, CancellationToken cancellationToken = default);

    /// <summary>Validates and stores a draft built in code.</summary>
    /// <param name="manual">The manual.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task<ManualImportResult> SaveDraftAsync(ManualDefinition manual, CancellationToken cancellationToken = default);

    /// <summary>The draft of a manual, or null.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ManualDefinition?> GetDraftAsync(string manualId, CancellationToken cancellationToken = default);

    /// <summary>Stores a PDF, DOCX or HWP file through the document store and adds it to the draft.</summary>
    /// <param name="manualId">The manual (its draft must exist).</param>
    /// <param name="fileName">The file name as uploaded.</param>
    /// <param name="contentType">The declared media type.</param>
    /// <param name="content">The content; read up to the size limit.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    Task<ManualAttachment> AddAttachmentAsync(string manualId, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Removes an attachment from the draft; versions that carry it keep it.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="path">The attachment's path.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    Task<bool> RemoveAttachmentAsync(string manualId, string path, CancellationToken cancellationToken = default);

    /// <summary>Publishes the draft as the next version and delivers it to the audience.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="request">Who publishes, major or minor, and an idempotency id.</param>
    /// <param name="cancellationToken">Cancels the publication (resume it with the same request id).</param>
    Task<ManualVersion> PublishAsync(string manualId, PublishRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every published version, oldest first.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ManualVersion>> GetVersionsAsync(string manualId, CancellationToken cancellationToken = default);

    /// <summary>One version, or null.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version number.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ManualVersion?> GetVersionAsync(string manualId, int version, CancellationToken cancellationToken = default);

    /// <summary>Every published manual.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ManualSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Tasks of a version matching a query (Korean included).</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version.</param>
    /// <param name="query">The words to look for.</param>
    /// <param name="maxResults">Most results.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    Task<IReadOnlyList<TaskSearchHit>> SearchAsync(string manualId, int version, string query, int maxResults = 20, CancellationToken cancellationToken = default);

    /// <summary>Records that a person read a version; repeating it keeps the first confirmation.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version read.</param>
    /// <param name="personId">Who read it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AcknowledgementOutcome> AcknowledgeAsync(string manualId, int version, string personId, CancellationToken cancellationToken = default);

    /// <summary>Every confirmation of one version.</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<Acknowledgement>> GetAcknowledgementsAsync(string manualId, int version, CancellationToken cancellationToken = default);

    /// <summary>Confirmation rate per unit and who is missing, for a version (the latest when not given).</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    Task<ManualReport> GetReportAsync(string manualId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>The report as CSV (UTF-8 with BOM, headers in <paramref name="culture"/>, times in the organisation's time zone).</summary>
    /// <param name="manualId">The manual.</param>
    /// <param name="version">The version, or null for the latest.</param>
    /// <param name="culture">The language of the headers.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    Task<byte[]> ExportCsvAsync(string manualId, int? version, CultureInfo culture, CancellationToken cancellationToken = default);
}
