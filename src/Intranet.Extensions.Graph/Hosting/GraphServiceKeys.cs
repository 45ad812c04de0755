namespace Intranet.Extensions.Graph;

/// <summary>Names under which the Graph package registers replaceable parts.</summary>
public static class GraphServiceKeys
{
    /// <summary>
    /// Service key of the <c>Azure.Core.TokenCredential</c> used for app-only Graph calls. Register your own keyed
    /// credential (managed identity, a certificate) before <c>AddMicrosoftGraph</c> to replace the client secret.
    /// </summary>
    public const string Credential = "Intranet.Graph";

    /// <summary>The <see cref="IHttpClientFactory"/> client MSAL uses for token requests.</summary>
    public const string TokenHttpClient = "Intranet.Graph.Token";
}
