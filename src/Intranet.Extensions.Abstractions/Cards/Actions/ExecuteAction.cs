using System.Text.Json.Nodes;

namespace Intranet.Extensions.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): the host sends the verb, the data and the card's inputs to the
/// bot, which answers with a new card. One handler serves Teams, Outlook and the dev inbox.
/// </summary>
public sealed class ExecuteAction : AdaptiveAction
{
    /// <summary>Creates an action.</summary>
    public ExecuteAction() { }

    /// <summary>Creates an action with a verb such as <c>praise.thank</c>.</summary>
    public ExecuteAction(string verb, string? title = null)
    {
        Verb = verb;
        Title = title;
    }

    /// <summary>The verb, <c>{pluginId}.{action}</c>.</summary>
    public string Verb { get; set; } = "";

    /// <summary>Data sent with the action; input values are merged in by the host.</summary>
    public JsonObject? Data { get; set; }

    /// <summary><c>auto</c> sends the card's inputs, <c>none</c> sends none.</summary>
    public string? AssociatedInputs { get; set; }
}
