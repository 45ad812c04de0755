using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Gallery;
using Intranet.Extensions.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Extensions.Plugins;

/// <summary>Records what a plugin registers as plain service descriptors the registry reads back.</summary>
internal sealed class PluginBuilder(PluginDescriptor descriptor, IServiceCollection services) : IPluginBuilder
{
    public PluginDescriptor Descriptor { get; } = descriptor;

    public IServiceCollection Services { get; } = services;

    public IPluginBuilder AddAction<THandler>(string action) where THandler : class, ICardActionHandler
    {
        Services.TryAddScoped<THandler>();
        Services.AddSingleton(new ActionRegistration(Qualify(action), Descriptor.Id, typeof(THandler)));
        return this;
    }

    public IPluginBuilder AddJob<THandler>(string job) where THandler : class, IScheduledJobHandler
    {
        Services.TryAddScoped<THandler>();
        Services.AddSingleton(new JobRegistration(Qualify(job), Descriptor.Id, typeof(THandler)));
        return this;
    }

    public IPluginBuilder AddCardSamples<TProvider>() where TProvider : class, ICardSampleProvider
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardSampleProvider, TProvider>());
        return this;
    }

    public IPluginBuilder AddAdminOperation<TOperation>(string operation, string requiredRole) where TOperation : class, IAdminOperation
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requiredRole);
        Services.TryAddScoped<TOperation>();
        Services.AddSingleton(new AdminOperationRegistration(Descriptor.Id, Qualify(operation)[(Descriptor.Id.Length + 1)..], requiredRole, typeof(TOperation)));
        return this;
    }

    public IPluginBuilder AddDemoContent<TSeeder>() where TSeeder : class, IDemoContentSeeder
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoContentSeeder, TSeeder>());
        return this;
    }

    private string Qualify(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-zA-Z0-9-]{0,63}$")
            ? $"{Descriptor.Id}.{name}"
            : throw new ArgumentException($"'{name}' must start with a lower-case letter and hold only letters, digits and '-'.", nameof(name));
}

/// <summary>A plugin added to the host.</summary>
internal sealed record PluginRegistration(PluginDescriptor Descriptor);

/// <summary>A verb and its handler.</summary>
internal sealed record ActionRegistration(string Verb, string PluginId, Type HandlerType);

/// <summary>An admin operation, the role it needs and its handler.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Operation">The operation's name in its address.</param>
/// <param name="RequiredRole">The app role a caller needs.</param>
/// <param name="HandlerType">The <see cref="IAdminOperation"/> type.</param>
public sealed record AdminOperationRegistration(string PluginId, string Operation, string RequiredRole, Type HandlerType);

/// <summary>A job kind and its handler.</summary>
internal sealed record JobRegistration(string Kind, string PluginId, Type HandlerType);
