using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Graph;

/// <summary>Validates <see cref="GraphOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class GraphOptionsValidator : IValidateOptions<GraphOptions>;
