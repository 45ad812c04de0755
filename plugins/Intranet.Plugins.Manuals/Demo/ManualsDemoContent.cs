using Intranet.Extensions.Gallery;
using Intranet.Extensions.People;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.Manuals.Demo;

/// <summary>
/// Demo content: the 민선8기 chief's manual for every community centre in the directory (v1, then a minor v2
/// that revises two tasks, so the inbox shows a change summary), and the complaint-response manual for everyone.
/// A few people per centre have already confirmed, so the report has numbers. Fixed ids and publish request ids
/// make it idempotent across restarts.
/// </summary>
internal sealed partial class ManualsDemoContent(ManualLibrary library, IDirectory directory, ILogger<ManualsDemoContent> logger) : IDemoContentSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(Audience.All, cancellationToken).ConfigureAwait(false))
        {
            people.Add(person);
        }

        if (people.Count == 0)
        {
            return;
        }

        var centres = people.Select(p => p.Department).OfType<string>().Where(IsCommunityCentre).Distinct().Order(StringComparer.Ordinal).ToList();
        if (centres.Count > 0)
        {
            var audience = new ManualAudience { Departments = centres };
            var v1 = await SeedVersionAsync(DemoManuals.Load(DemoManuals.DongChief), 1, audience, people, isMajor: true, cancellationToken).ConfigureAwait(false);
            await SeedVersionAsync(DemoManuals.LoadRevision(), 2, audience, people, isMajor: false, cancellationToken).ConfigureAwait(false);
            await SeedConfirmationsAsync(v1, centres, people, cancellationToken).ConfigureAwait(false);
        }

        await SeedVersionAsync(DemoManuals.Load(DemoManuals.Complaints), 1, null, people, isMajor: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ManualVersion?> SeedVersionAsync(
        IReadOnlyList<ManualSourceFile> files, int number, ManualAudience? audience, List<StaffMember> people, bool isMajor, CancellationToken cancellationToken)
    {
        var parsed = library.ParseMarkdown(files);
        if (!parsed.Succeeded)
        {
            LogInvalid(logger, string.Join("; ", parsed.Errors));
            return null;
        }

        var manual = parsed.Manual!;
        if (await library.GetVersionAsync(manual.Id, number, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var owner = people.FirstOrDefault(p => p.Department == manual.OwnerDepartment && p.ManagerId is null)
            ?? people.FirstOrDefault(p => p.Department == manual.OwnerDepartment)
            ?? people[0];
        await library.SaveDraftAsync(manual with { Audience = audience ?? manual.Audience, OwnerId = owner.Id }, cancellationToken).ConfigureAwait(false);
        return await library.PublishAsync(manual.Id, new PublishRequest { PublisherId = owner.Id, IsMajor = isMajor, RequestId = $"demo-v{number}" }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>In the n-th centre the first n people (by id) have confirmed v1: 1, 2, 3… so rates differ per centre.</summary>
    private async Task SeedConfirmationsAsync(ManualVersion? v1, List<string> centres, List<StaffMember> people, CancellationToken cancellationToken)
    {
        if (v1 is null)
        {
            return;
        }

        for (var i = 0; i < centres.Count; i++)
        {
            var staff = people.Where(p => p.Department == centres[i]).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            foreach (var person in staff.Take(Math.Min(i + 1, staff.Count - 1)))
            {
                await library.AcknowledgeAsync(v1, person, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsCommunityCentre(string department) =>
        department.EndsWith("행정복지센터", StringComparison.Ordinal) || department.EndsWith("주민센터", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Error, Message = "A demo manual does not import: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string errors);
}
