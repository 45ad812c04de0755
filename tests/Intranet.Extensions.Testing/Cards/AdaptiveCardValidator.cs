using System.Text.Json;
using Intranet.Extensions.Testing.Processes;
using Intranet.Extensions.Testing.Repository;

namespace Intranet.Extensions.Testing.Cards;

/// <summary>
/// Validates Adaptive Card JSON with the official renderer (npm <c>adaptivecards</c>) through
/// tests/tools/validate-cards.js; one Node process checks a whole batch, so validate galleries in one call.
/// </summary>
public sealed class AdaptiveCardValidator
{
    private const string Script = "validate-cards.js";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // A hung script must fail the test run, not stall it; a gallery takes well under a second.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Validates each named card.</summary>
    /// <param name="cards">Card names (unique, used in messages) and their JSON text.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The events of every card, empty for a valid card.</returns>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AdaptiveCardEvent>>> ValidateAsync(
        IEnumerable<KeyValuePair<string, string>> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var batch = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in cards)
        {
            if (!batch.TryAdd(name, json))
            {
                throw new ArgumentException($"The card name '{name}' appears twice in the batch.", nameof(cards));
            }
        }

        Prerequisites.RequireNodeModules("adaptivecards");

        // Cards travel as JSON strings so the script reports a malformed card instead of rejecting the batch.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var result = await NodeProcess.RunAsync(Script, [], JsonSerializer.Serialize(batch), timeout.Token);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Script} failed with exit code {result.ExitCode}: {result.StandardError}{result.StandardOutput}");
        }

        var events = JsonSerializer.Deserialize<Dictionary<string, AdaptiveCardEvent[]>>(result.StandardOutput, JsonOptions)
            ?? throw new InvalidOperationException($"{Script} printed no result.");
        return batch.Keys.ToDictionary(
            name => name,
            name => events.TryGetValue(name, out var found)
                ? (IReadOnlyList<AdaptiveCardEvent>)found
                : throw new InvalidOperationException($"{Script} returned no result for card '{name}'."),
            StringComparer.Ordinal);
    }

    /// <summary>Validates one card.</summary>
    /// <param name="name">The card's name, used in messages.</param>
    /// <param name="json">The card JSON.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The card's events, empty when it is valid.</returns>
    public async Task<IReadOnlyList<AdaptiveCardEvent>> ValidateAsync(
        string name, string json, CancellationToken cancellationToken = default) =>
        (await ValidateAsync([new KeyValuePair<string, string>(name, json)], cancellationToken))[name];

    /// <summary>Throws <see cref="AdaptiveCardValidationException"/> listing every event if the card is not valid.</summary>
    /// <param name="name">The card's name, used in messages.</param>
    /// <param name="json">The card JSON.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the card is valid.</returns>
    public Task AssertValidAsync(string name, string json, CancellationToken cancellationToken = default) =>
        AssertAllValidAsync([new KeyValuePair<string, string>(name, json)], cancellationToken);

    /// <summary>Throws <see cref="AdaptiveCardValidationException"/> listing every event of every invalid card.</summary>
    /// <param name="cards">Card names (unique) and their JSON text.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every card is valid.</returns>
    public async Task AssertAllValidAsync(
        IEnumerable<KeyValuePair<string, string>> cards, CancellationToken cancellationToken = default)
    {
        var invalid = (await ValidateAsync(cards, cancellationToken))
            .Where(card => card.Value.Count > 0)
            .ToDictionary(card => card.Key, card => card.Value, StringComparer.Ordinal);
        if (invalid.Count > 0)
        {
            throw new AdaptiveCardValidationException(invalid);
        }
    }
}
