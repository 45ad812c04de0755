namespace Intranet.Extensions.Storage;

/// <summary>Links people can open for stored documents (a host route on the embedded default; SharePoint or Blob in production).</summary>
public interface IDocumentLinks
{
    /// <summary>An address where a person can open the document at <paramref name="path"/>.</summary>
    Uri GetLink(string path);
}
