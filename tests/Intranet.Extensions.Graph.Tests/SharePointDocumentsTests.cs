using Intranet.Extensions.Graph.Documents;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>Manual documents into the SharePoint library: one PUT when small, an upload session in slices when large.</summary>
public sealed class SharePointDocumentsTests : IAsyncLifetime
{
    private GraphApp _app = null!;

    public async Task InitializeAsync() => _app = await GraphApp.StartAsync(configure: o =>
    {
        o.LargeFileThreshold = 1024 * 1024;
        o.UploadSliceBytes = 327_680;
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_small_document_is_one_PUT_of_its_content()
    {
        var content = new byte[200_000];
        Random.Shared.NextBytes(content);

        var uploaded = await _app.Get<SharePointDocuments>().UploadAsync("Manuals/민원응대-v3.pdf", new MemoryStream(content));

        var put = Assert.Single(_app.Requests("PUT", "/drives/"));
        Assert.Equal($"/v1.0/drives/{GraphApp.DriveId}/items/root:/Manuals/민원응대-v3.pdf:/content", Uri.UnescapeDataString(put.PathAndQuery));
        Assert.Equal(content, _app.Graph.Files["Manuals/민원응대-v3.pdf"]);
        Assert.Equal(content.Length, uploaded.Size);
        Assert.Empty(_app.Requests("POST", "createUploadSession"));
    }

    [Fact]
    public async Task A_large_document_goes_through_an_upload_session_in_320KiB_multiple_slices()
    {
        var content = new byte[1_500_000];
        Random.Shared.NextBytes(content);

        var uploaded = await _app.Get<SharePointDocuments>().UploadAsync("Manuals/large.pdf", new MemoryStream(content));

        var session = Assert.Single(_app.Requests("POST", "createUploadSession"));
        Assert.Equal($"/v1.0/drives/{GraphApp.DriveId}/items/root:/Manuals/large.pdf:/createUploadSession", Uri.UnescapeDataString(session.PathAndQuery));
        Assert.Contains("\"@microsoft.graph.conflictBehavior\":\"replace\"", session.Body, StringComparison.Ordinal);
        var slices = _app.Graph.Requests.Where(r => r.Method == "PUT" && r.PathAndQuery.StartsWith("/upload/", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + (content.Length - 1) / 327_680, slices.Count);
        Assert.Equal($"bytes 0-{327_680 - 1}/{content.Length}", slices[0].Headers["Content-Range"]);
        Assert.All(slices, s => Assert.False(s.Headers.ContainsKey("Authorization"), "upload URLs are pre-authenticated"));
        Assert.Equal(content, _app.Graph.Files["Manuals/large.pdf"]);
        Assert.Equal(content.Length, uploaded.Size);
    }
}
