namespace Intranet.Extensions.Cards;

/// <summary><c>Action.OpenUrl</c>: opens an address.</summary>
public sealed class OpenUrlAction : AdaptiveAction
{
    /// <summary>The address to open.</summary>
    public string Url { get; set; } = "";
}
