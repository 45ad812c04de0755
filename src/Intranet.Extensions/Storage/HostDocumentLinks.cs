using Intranet.Extensions.Organization;

namespace Intranet.Extensions.Storage;

/// <summary>Embedded default: documents are served by the host at <c>/documents/{path}</c>.</summary>
internal sealed class HostDocumentLinks(IOrganizationContext organization) : IDocumentLinks
{
    public Uri GetLink(string path) =>
        new(organization.PublicBaseUrl, "documents/" + string.Join('/', StateKeys.Validate(path).Split('/').Select(Uri.EscapeDataString)));
}
