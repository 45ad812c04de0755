namespace Intranet.Extensions.Cards;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements by id.</summary>
public sealed class ToggleVisibilityAction : AdaptiveAction
{
    /// <summary>Ids of the elements to toggle.</summary>
    public List<string> TargetElements { get; set; } = [];
}
