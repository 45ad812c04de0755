namespace Intranet.Extensions.Gallery;

/// <summary>Seeds a plugin's demo content in a sample host. Must be idempotent: hosts call it at every start.</summary>
public interface IDemoContentSeeder
{
    /// <summary>Seeds the content if it is not there yet.</summary>
    Task SeedAsync(CancellationToken cancellationToken = default);
}
