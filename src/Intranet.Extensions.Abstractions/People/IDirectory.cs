namespace Intranet.Extensions.People;

/// <summary>Resolves people and audiences: a roster file on the embedded default, Microsoft Graph in production.</summary>
public interface IDirectory
{
    /// <summary>The person with this id, user principal name or mail; <see langword="null"/> when unknown.</summary>
    Task<StaffMember?> FindAsync(string idOrUserPrincipalName, CancellationToken cancellationToken = default);

    /// <summary>Every person the audience names, each once.</summary>
    IAsyncEnumerable<StaffMember> ResolveAsync(Audience audience, CancellationToken cancellationToken = default);
}
