using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure;

/// <summary>Validates <see cref="AzureStorageOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class AzureStorageOptionsValidator : IValidateOptions<AzureStorageOptions>;
