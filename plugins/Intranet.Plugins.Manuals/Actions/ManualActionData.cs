using Intranet.Extensions.Actions;

namespace Intranet.Plugins.Manuals.Actions;

/// <summary>The data the plugin's buttons carry; numbers may arrive as strings from some hosts.</summary>
internal sealed record ManualActionData(string? ManualId, int Version, string? Area, string? Task, int? Page, bool? Reminder, string? Query)
{
    public static ManualActionData From(CardActionContext context)
    {
        var data = context.GetData<ManualActionData>();
        return string.IsNullOrWhiteSpace(data.ManualId) || data.Version <= 0
            ? throw new CardActionException(CardActionErrors.InvalidData)
            : data;
    }
}
