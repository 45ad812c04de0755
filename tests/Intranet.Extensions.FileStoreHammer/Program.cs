// Increments a counter document through the file state store, for the cross-process concurrency test:
//   dotnet Intranet.Extensions.FileStoreHammer.dll <dataPath> <key> <count>
// Prints "ready", waits for a line on stdin (so the test can start both processes at once), increments
// the counter <count> times with StateStoreExtensions.UpdateAsync, then prints "done attempts=<n>".
using Intranet.Extensions.FileStoreHammer;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 3 || !int.TryParse(args[2], out var count))
{
    Console.Error.WriteLine("usage: Intranet.Extensions.FileStoreHammer <dataPath> <key> <count>");
    return 2;
}

var services = new ServiceCollection();
services.AddIntranetExtensions(o => o.DataPath = args[0]);
await using var provider = services.BuildServiceProvider();
var store = provider.GetRequiredService<IStateStore>();

Console.WriteLine("ready");
_ = Console.ReadLine();

var attempts = 0;
for (var i = 0; i < count; i++)
{
    await store.UpdateAsync<Counter>(args[1], c =>
    {
        attempts++;
        return new Counter((c?.Value ?? 0) + 1);
    });
}

Console.WriteLine($"done attempts={attempts}");
return 0;
