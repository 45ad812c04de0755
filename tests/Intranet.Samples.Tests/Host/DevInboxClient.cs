using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Samples.Tests.Host;

/// <summary>The sample host's dev inbox API, as a test reads and clicks it.</summary>
public sealed class DevInboxClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    /// <summary>
    /// Delivery runs in the host's outbox worker: waits (bounded) until a card of <paramref name="user"/> holding
    /// <paramref name="text"/> has reached the inbox, and returns that inbox item.
    /// </summary>
    public async Task<JsonObject> WaitForCardAsync(string user, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var inbox = await _http.GetFromJsonAsync<JsonArray>($"/dev/api/inbox?user={user}", timeout.Token);
            var item = inbox!.FirstOrDefault(i => i!["card"]!.ToJsonString(CardJson.Options).Contains(text, StringComparison.Ordinal));
            if (item is not null)
            {
                return item.AsObject();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    /// <summary>Clicks an action of an inbox item as <paramref name="user"/>; returns the invoke response.</summary>
    public async Task<JsonObject> ActAsync(string user, string itemId, string verb, JsonObject data)
    {
        using var response = await _http.PostAsJsonAsync("/dev/api/actions", new JsonObject
        {
            ["user"] = user,
            ["messageId"] = itemId,
            ["action"] = new JsonObject { ["verb"] = verb, ["data"] = data },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => _http.Dispose();
}
