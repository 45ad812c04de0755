namespace Intranet.Extensions.Actions;

/// <summary>Handles one verb of a plugin. Registered with <c>IPluginBuilder.AddAction</c>.</summary>
public interface ICardActionHandler
{
    /// <summary>Handles the action and returns what the actor sees.</summary>
    Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default);
}
