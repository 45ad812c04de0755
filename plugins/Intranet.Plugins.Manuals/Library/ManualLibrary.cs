using System.Globalization;
using System.Security.Cryptography;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Attachments;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Publishing;
using Intranet.Plugins.Manuals.Reports;
using Intranet.Plugins.Manuals.Search;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.Manuals.Library;

/// <summary>The library on the state and document stores; publishing is <see cref="ManualPublisher"/>'s job.</summary>
internal sealed class ManualLibrary(
    ManualRepository repository,
    ManualPublisher publisher,
    ReportBuilder reports,
    IDirectory directory,
    IDocumentStore documents,
    IOrganizationContext organization,
    TimeProvider time,
    IOptions<ManualsOptions> options) : IManualLibrary
{
    public ManualImportResult ParseMarkdown(IReadOnlyList<ManualSourceFile> files) => new MarkdownManualImporter(options.Value.MaxTasks).Parse(files);

    public ManualImportResult ParseJson(ManualSourceFile file) => new JsonManualImporter(options.Value.MaxTasks).Parse(file);

    public Task<ManualImportResult> ImportMarkdownAsync(IReadOnlyList<ManualSourceFile> files, CancellationToken cancellationToken = default) =>
        StoreAsync(ParseMarkdown(files), cancellationToken);

    public async Task<ManualImportResult> ImportMarkdownFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var files = new List<ManualSourceFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly))
        {
            files.Add(new ManualSourceFile(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)));
        }

        return await ImportMarkdownAsync(files, cancellationToken).ConfigureAwait(false);
    }

    public Task<ManualImportResult> ImportJsonAsync(ManualSourceFile file, CancellationToken cancellationToken = default) =>
        StoreAsync(ParseJson(file), cancellationToken);

    public Task<ManualImportResult> SaveDraftAsync(ManualDefinition manual, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manual);
        var map = new SourceMap(new SourceLocation(manual.Id, null), static f => f);
        var errors = ManualValidator.Validate(manual, map, options.Value.MaxTasks);
        return StoreAsync(errors.Count > 0 ? new ManualImportResult(null, errors) : new ManualImportResult(manual, []), cancellationToken, keepAttachments: false);
    }

    public Task<ManualDefinition?> GetDraftAsync(string manualId, CancellationToken cancellationToken = default) =>
        repository.GetDraftAsync(manualId, cancellationToken);

    public async Task<ManualAttachment> AddAttachmentAsync(
        string manualId, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(content);
        var draft = await repository.GetDraftAsync(manualId, cancellationToken).ConfigureAwait(false)
            ?? throw new ManualsException(ManualsErrors.UnknownManual);
        if (draft.Attachments.Count >= options.Value.MaxAttachments)
        {
            throw new ManualsException(ManualsErrors.TooManyAttachments);
        }

        var bytes = await ReadLimitedAsync(content, options.Value.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
        var (extension, canonicalType) = AttachmentRules.Check(fileName, contentType, bytes);

        // Content-addressed: the same file is stored once, and a new upload never changes what an old version links to.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
        var path = StoreKeys.Attachment(manualId, hash, extension);
        try
        {
            await using var stream = new MemoryStream(bytes, writable: false);
            await documents.PutAsync(path, stream, canonicalType, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Already stored: same bytes, same path.
        }

        var attachment = new ManualAttachment(AttachmentRules.DisplayName(fileName), path, canonicalType, bytes.Length);
        var max = options.Value.MaxAttachments;
        var updated = await repository.Store.UpdateAsync<ManualDefinition>(StoreKeys.Draft(manualId), current =>
            current is null || current.Attachments.Any(a => a.Path == path) || current.Attachments.Count >= max
                ? null
                : current with { Attachments = [.. current.Attachments, attachment] }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (updated?.Value.Attachments.Any(a => a.Path == path) != true)
        {
            throw new ManualsException(ManualsErrors.TooManyAttachments);
        }

        return updated.Value.Attachments.First(a => a.Path == path);
    }

    public async Task<bool> RemoveAttachmentAsync(string manualId, string path, CancellationToken cancellationToken = default)
    {
        if (!ManualRepository.IsValidId(manualId))
        {
            return false;
        }

        var removed = false;
        await repository.Store.UpdateAsync<ManualDefinition>(StoreKeys.Draft(manualId), current =>
        {
            removed = current?.Attachments.Any(a => a.Path == path) == true;
            return removed ? current! with { Attachments = [.. current!.Attachments.Where(a => a.Path != path)] } : null;
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return removed;
    }

    public Task<ManualVersion> PublishAsync(string manualId, PublishRequest request, CancellationToken cancellationToken = default) =>
        publisher.PublishAsync(manualId, request, cancellationToken);

    public Task<IReadOnlyList<ManualVersion>> GetVersionsAsync(string manualId, CancellationToken cancellationToken = default) =>
        repository.GetVersionsAsync(manualId, cancellationToken);

    public Task<ManualVersion?> GetVersionAsync(string manualId, int version, CancellationToken cancellationToken = default) =>
        repository.GetVersionAsync(manualId, version, cancellationToken);

    public async Task<IReadOnlyList<ManualSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ManualSummary>();
        await foreach (var entry in repository.Store.ListAsync<ManualSummary>(StoreKeys.IndexPrefix, cancellationToken).ConfigureAwait(false))
        {
            list.Add(entry.Value);
        }

        return list;
    }

    public async Task<IReadOnlyList<TaskSearchHit>> SearchAsync(
        string manualId, int version, string query, int maxResults = 20, CancellationToken cancellationToken = default)
    {
        var found = await RequireVersionAsync(manualId, version, cancellationToken).ConfigureAwait(false);
        return ManualSearch.Search(found.Manual, query ?? "", maxResults);
    }

    public async Task<AcknowledgementOutcome> AcknowledgeAsync(string manualId, int version, string personId, CancellationToken cancellationToken = default)
    {
        var found = await RequireVersionAsync(manualId, version, cancellationToken).ConfigureAwait(false);
        var person = await directory.FindAsync(personId, cancellationToken).ConfigureAwait(false)
            ?? throw new ManualsException(ManualsErrors.UnknownPerson);
        return await AcknowledgeAsync(found, person, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One create-only document per (manual, version, person): a thousand concurrent clicks store each person once, and none is lost.</summary>
    internal async Task<AcknowledgementOutcome> AcknowledgeAsync(ManualVersion version, StaffMember person, CancellationToken cancellationToken)
    {
        var key = StoreKeys.Acknowledgement(version.ManualId, version.Number, person.Id);
        var ack = new Acknowledgement(version.ManualId, version.Number, person.Id, person.DisplayName, person.Department, time.GetUtcNow());
        var isNew = true;
        try
        {
            await repository.Store.PutAsync(key, ack, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            isNew = false;
            ack = (await repository.Store.GetAsync<Acknowledgement>(key, cancellationToken).ConfigureAwait(false))?.Value ?? ack;
        }

        var state = await repository.GetReaderStateAsync(version, person.Id, cancellationToken).ConfigureAwait(false);
        return new AcknowledgementOutcome(ack, isNew, state.Latest, state.LatestCovered);
    }

    public Task<IReadOnlyList<Acknowledgement>> GetAcknowledgementsAsync(string manualId, int version, CancellationToken cancellationToken = default) =>
        ManualRepository.IsValidId(manualId) && version > 0
            ? repository.GetAcknowledgementsAsync(manualId, version, cancellationToken)
            : Task.FromResult<IReadOnlyList<Acknowledgement>>([]);

    public async Task<ManualReport> GetReportAsync(string manualId, int? version = null, CancellationToken cancellationToken = default) =>
        await reports.BuildAsync(await ResolveVersionAsync(manualId, version, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<byte[]> ExportCsvAsync(string manualId, int? version, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var report = await GetReportAsync(manualId, version, cancellationToken).ConfigureAwait(false);
        return CsvExport.Write(report, organization.TimeZone, culture);
    }

    /// <summary>Writes the CSV of a report to the document store for a download link.</summary>
    internal async Task<string> StoreCsvAsync(ManualReport report, CultureInfo culture, CancellationToken cancellationToken)
    {
        var path = StoreKeys.Report(report.ManualId, report.Version, report.GeneratedAt);
        await using var content = new MemoryStream(CsvExport.Write(report, organization.TimeZone, culture), writable: false);
        await documents.PutAsync(path, content, "text/csv; charset=utf-8", WriteCondition.None, cancellationToken).ConfigureAwait(false);
        return path;
    }

    internal async Task<ManualVersion> RequireVersionAsync(string? manualId, int version, CancellationToken cancellationToken) =>
        await repository.GetVersionAsync(manualId ?? "", version, cancellationToken).ConfigureAwait(false)
        ?? throw new ManualsException(await repository.GetLatestAsync(manualId ?? "", cancellationToken).ConfigureAwait(false) is null
            ? ManualsErrors.UnknownManual
            : ManualsErrors.UnknownVersion);

    private async Task<ManualVersion> ResolveVersionAsync(string manualId, int? version, CancellationToken cancellationToken) =>
        version is { } number
            ? await RequireVersionAsync(manualId, number, cancellationToken).ConfigureAwait(false)
            : await repository.GetLatestAsync(manualId, cancellationToken).ConfigureAwait(false) ?? throw new ManualsException(ManualsErrors.UnknownManual);

    private async Task<ManualImportResult> StoreAsync(ManualImportResult result, CancellationToken cancellationToken, bool keepAttachments = true)
    {
        if (!result.Succeeded)
        {
            return result;
        }

        var manual = result.Manual!;
        var stored = await repository.Store.UpdateAsync<ManualDefinition>(
            StoreKeys.Draft(manual.Id),
            current => keepAttachments && current is not null ? manual with { Attachments = current.Attachments } : manual,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return result with { Manual = stored!.Value };
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ManualsException(ManualsErrors.AttachmentTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
