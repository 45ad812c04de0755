using System.Globalization;

namespace Intranet.Plugins.IdeaBoard.Campaigns;

/// <summary>
/// A publisher's mistake reported by <see cref="IIdeaBoard"/>: a stable <see cref="Code"/>, a message in the
/// organisation's language, and <see cref="GetMessage"/> for any other supported language.
/// </summary>
public sealed class IdeaBoardException : Exception
{
    private readonly object?[] _args;

    internal IdeaBoardException(string code, CultureInfo culture, params object?[] args)
        : base(IdeaBoardPlugin.Descriptor.Texts.Format("error." + code, culture, args))
    {
        Code = code;
        _args = args;
    }

    /// <summary>Stable code, for example <c>NoAudience</c>.</summary>
    public string Code { get; }

    /// <summary>The message in <paramref name="culture"/> (Korean or English).</summary>
    public string GetMessage(CultureInfo culture) => IdeaBoardPlugin.Descriptor.Texts.Format("error." + Code, culture, _args);
}
