using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Intranet.Extensions.Graph.Hosting;
using Intranet.Extensions.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace Intranet.Extensions.Graph.People;

/// <summary>
/// People and audiences from Entra ID through Graph: users with department, job title, <c>employeeHireDate</c>,
/// preferred language and manager; groups by transitive members, paged with <c>@odata.nextLink</c>; departments
/// by filter; single users fetched twenty to a <c>$batch</c>. People read are kept in memory for a while, so the
/// outbox's per-delivery look-ups after a fan-out cost no further calls.
/// </summary>
internal sealed partial class GraphDirectory(GraphClients graph, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphDirectory> logger)
    : IDirectory
{
    internal static readonly string[] UserFields =
        ["id", "displayName", "userPrincipalName", "mail", "department", "jobTitle", "employeeHireDate", "preferredLanguage"];

    private const int PageSize = 999;
    private readonly ConcurrentDictionary<string, (StaffMember Person, DateTimeOffset Until)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<StaffMember?> FindAsync(string idOrUserPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrUserPrincipalName);
        if (Cached(idOrUserPrincipalName) is { } cached)
        {
            return cached;
        }

        try
        {
            var user = await graph.App.Users[idOrUserPrincipalName].GetAsync(r =>
            {
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Expand = ["manager($select=id)"];
            }, cancellationToken).ConfigureAwait(false);
            return user is null ? null : Remember(user);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // A mail address that is not also the UPN: look the mail up.
            return idOrUserPrincipalName.Contains('@', StringComparison.Ordinal) ? await FindByMailAsync(idOrUserPrincipalName, cancellationToken).ConfigureAwait(false) : null;
        }
    }

    public async IAsyncEnumerable<StaffMember> ResolveAsync(Audience audience, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (audience.Everyone)
        {
            await foreach (var person in UsersAsync("accountEnabled eq true", cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(person.Id))
                {
                    yield return person;
                }
            }

            yield break;
        }

        foreach (var person in await UsersByIdAsync(audience.UserIds.Where(id => seen.Add(id)).ToList(), cancellationToken).ConfigureAwait(false))
        {
            yield return person;
        }

        foreach (var groupId in audience.GroupIds)
        {
            await foreach (var person in GroupMembersAsync(groupId, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(person.Id))
                {
                    yield return person;
                }
            }
        }

        foreach (var department in audience.Departments)
        {
            await foreach (var person in UsersAsync($"department eq '{department.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(person.Id))
                {
                    yield return person;
                }
            }
        }
    }

    private async IAsyncEnumerable<StaffMember> GroupMembersAsync(string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var members = graph.App.Groups[groupId].TransitiveMembers.GraphUser;
        var page = await members.GetAsync(r =>
        {
            r.QueryParameters.Select = UserFields;
            r.QueryParameters.Top = PageSize;
        }, cancellationToken).ConfigureAwait(false);
        var pages = 0;
        while (page is not null)
        {
            pages++;
            foreach (var user in page.Value ?? [])
            {
                yield return Remember(user);
            }

            page = page.OdataNextLink is { } next ? await members.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
        }

        LogGroupRead(logger, groupId, pages);
    }

    private async IAsyncEnumerable<StaffMember> UsersAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Filters on department need Graph's advanced queries: ConsistencyLevel: eventual with $count.
        var page = await graph.App.Users.GetAsync(r =>
        {
            r.QueryParameters.Select = UserFields;
            r.QueryParameters.Filter = filter;
            r.QueryParameters.Count = true;
            r.QueryParameters.Top = PageSize;
            r.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            foreach (var user in page.Value ?? [])
            {
                yield return Remember(user);
            }

            page = page.OdataNextLink is { } next
                ? await graph.App.Users.WithUrl(next).GetAsync(r => r.Headers.Add("ConsistencyLevel", "eventual"), cancellationToken).ConfigureAwait(false)
                : null;
        }
    }

    private async Task<IReadOnlyList<StaffMember>> UsersByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<StaffMember>();
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (Cached(id) is { } person)
            {
                found.Add(person);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 1)
        {
            if (await FindAsync(missing[0], cancellationToken).ConfigureAwait(false) is { } one)
            {
                found.Add(one);
            }
        }
        else if (missing.Count > 1)
        {
            // One round trip per twenty people instead of one each; the collection splits into batches of 20.
            var batch = new BatchRequestContentCollection(graph.App);
            var steps = new List<string>();
            foreach (var id in missing)
            {
                steps.Add(await batch.AddBatchRequestStepAsync(graph.App.Users[id].ToGetRequestInformation(r =>
                {
                    r.QueryParameters.Select = UserFields;
                    r.QueryParameters.Expand = ["manager($select=id)"];
                })).ConfigureAwait(false));
            }

            var responses = await graph.App.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
            var statuses = await responses.GetResponsesStatusCodesAsync().ConfigureAwait(false);
            foreach (var step in steps)
            {
                if (statuses.TryGetValue(step, out var status) && (int)status is >= 200 and < 300
                    && await responses.GetResponseByIdAsync<User>(step).ConfigureAwait(false) is { } user)
                {
                    found.Add(Remember(user));
                }
            }
        }

        return found;
    }

    private async Task<StaffMember?> FindByMailAsync(string mail, CancellationToken cancellationToken)
    {
        await foreach (var person in UsersAsync($"mail eq '{mail.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false))
        {
            return person;
        }

        return null;
    }

    private StaffMember? Cached(string key) =>
        _cache.TryGetValue(key, out var entry) && entry.Until > time.GetUtcNow() ? entry.Person : null;

    private StaffMember Remember(User user)
    {
        var person = ToStaffMember(user);
        var until = time.GetUtcNow() + options.Value.DirectoryCacheDuration;
        if (_cache.TryGetValue(person.Id, out var known) && person.ManagerId is null && known.Person.ManagerId is { } managerId)
        {
            person = person with { ManagerId = managerId }; // list reads carry no manager; keep the one a single read found
        }

        _cache[person.Id] = (person, until);
        if (person.UserPrincipalName is { } upn)
        {
            _cache[upn] = (person, until);
        }

        if (person.Mail is { } mail)
        {
            _cache[mail] = (person, until);
        }

        return person;
    }

    internal static StaffMember ToStaffMember(User user) => new()
    {
        Id = user.Id ?? throw new InvalidOperationException("Graph returned a user without an id."),
        DisplayName = user.DisplayName ?? user.UserPrincipalName ?? user.Id,
        UserPrincipalName = user.UserPrincipalName,
        Mail = user.Mail,
        Department = user.Department,
        JobTitle = user.JobTitle,
        HireDate = user.EmployeeHireDate is { } hired ? DateOnly.FromDateTime(hired.Date) : null,
        PreferredLanguage = user.PreferredLanguage,
        ManagerId = user.Manager?.Id,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Group {GroupId}: transitive members read in {Pages} page(s)")]
    private static partial void LogGroupRead(ILogger logger, string groupId, int pages);
}
