using System.Collections.Frozen;

namespace Intranet.Extensions.Plugins;

/// <summary>The plugins of this host, their verbs and their job kinds.</summary>
public sealed class PluginRegistry
{
    private readonly FrozenDictionary<string, Type> _actions;
    private readonly FrozenDictionary<string, Type> _jobs;

    internal PluginRegistry(
        IEnumerable<PluginRegistration> plugins, IEnumerable<ActionRegistration> actions, IEnumerable<JobRegistration> jobs,
        IEnumerable<AdminOperationRegistration> adminOperations)
    {
        AdminOperations = [.. adminOperations.DistinctBy(o => (o.PluginId, o.Operation)).OrderBy(o => o.PluginId).ThenBy(o => o.Operation)];
        Plugins = [.. plugins.Select(p => p.Descriptor).OrderBy(p => p.Id, StringComparer.Ordinal)];
        _actions = Unique(actions.Select(a => (a.Verb, a.HandlerType)), "verb");
        _jobs = Unique(jobs.Select(j => (j.Kind, j.HandlerType)), "job kind");
    }

    /// <summary>The plugins, by id.</summary>
    public IReadOnlyList<PluginDescriptor> Plugins { get; }

    /// <summary>Every admin operation of every plugin.</summary>
    public IReadOnlyList<AdminOperationRegistration> AdminOperations { get; }

    /// <summary>Every registered verb.</summary>
    public IEnumerable<string> Verbs => _actions.Keys;

    /// <summary>The handler type of a verb, or <see langword="null"/>.</summary>
    public Type? FindActionHandler(string verb) => _actions.GetValueOrDefault(verb);

    /// <summary>The handler type of a job kind, or <see langword="null"/>.</summary>
    public Type? FindJobHandler(string kind) => _jobs.GetValueOrDefault(kind);

    private static FrozenDictionary<string, Type> Unique(IEnumerable<(string Name, Type Handler)> items, string what)
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var (name, handler) in items)
        {
            if (map.TryGetValue(name, out var other) && other != handler)
            {
                throw new InvalidOperationException($"The {what} '{name}' is registered twice ({other.Name} and {handler.Name}).");
            }

            map[name] = handler;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
