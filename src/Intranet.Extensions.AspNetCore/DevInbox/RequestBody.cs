using Microsoft.AspNetCore.Http;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>Reads a request body up to a limit, without trusting Content-Length.</summary>
internal static class RequestBody
{
    /// <summary>The body, or <see langword="null"/> when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
