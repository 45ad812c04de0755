using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Hosting;

/// <summary>Validates <see cref="IntranetOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class IntranetOptionsValidator : IValidateOptions<IntranetOptions>;
