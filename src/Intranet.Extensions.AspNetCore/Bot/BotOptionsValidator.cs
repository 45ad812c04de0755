using Microsoft.Extensions.Options;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>Validates <see cref="BotOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>;
