using System.Text.Json.Nodes;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Actions;

/// <summary>A card action as a channel received it, before routing.</summary>
/// <param name="Verb">The verb.</param>
/// <param name="Data">The action data with input values.</param>
/// <param name="Actor">Who clicked, already authenticated by the channel.</param>
/// <param name="Channel">See <see cref="ActionChannels"/>.</param>
/// <param name="MessageId">The delivered message, when known.</param>
/// <param name="Trigger"><c>manual</c> or <c>automatic</c>.</param>
public sealed record CardActionRequest(
    string Verb, JsonObject? Data, StaffMember Actor, string Channel, string? MessageId = null, string Trigger = "manual");
