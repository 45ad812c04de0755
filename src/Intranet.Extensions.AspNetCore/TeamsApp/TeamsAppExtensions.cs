using Intranet.Extensions.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.TeamsApp;

/// <summary>Adds <see cref="TeamsAppPackage"/>, which writes the Teams app zip for IT to upload.</summary>
public static class TeamsAppExtensions
{
    /// <summary>Adds the package writer with options from the <see cref="TeamsAppOptions.SectionName"/> section, bound by the host.</summary>
    public static IIntranetBuilder AddTeamsAppPackage(this IIntranetBuilder builder) => builder.AddTeamsAppPackage(static _ => { });

    /// <summary>Adds the package writer with options bound from <paramref name="section"/>.</summary>
    public static IIntranetBuilder AddTeamsAppPackage(this IIntranetBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<TeamsAppOptions>().Bind(section);
        return builder.AddTeamsAppPackage(static _ => { });
    }

    /// <summary>Adds the package writer with options set in code.</summary>
    /// <remarks>
    /// The options are validated when the package is written, not at host start: a host that serves the bot need
    /// not carry the publisher's details.
    /// </remarks>
    public static IIntranetBuilder AddTeamsAppPackage(this IIntranetBuilder builder, Action<TeamsAppOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<TeamsAppOptions>().Configure(configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsAppOptions>, TeamsAppOptionsValidator>());
        builder.Services.TryAddSingleton(static sp => new TeamsAppPackage(sp.GetRequiredService<IOptions<TeamsAppOptions>>()));
        return builder;
    }
}

/// <summary>Validates <see cref="TeamsAppOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class TeamsAppOptionsValidator : IValidateOptions<TeamsAppOptions>;
