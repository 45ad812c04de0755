using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Moq;

namespace Intranet.Extensions.Tests.Scheduling;

/// <summary>A plugin with the test job handlers.</summary>
internal static class TestJobs
{
    public const string Record = "testjobs.record";
    public const string Reschedule = "testjobs.reschedule";

    public static void AddTo(IIntranetBuilder builder) =>
        builder.AddPlugin(
            new PluginDescriptor("testjobs", "1.0.0", Mock.Of<ITextCatalog>()),
            plugin => plugin.AddJob<RecordingJobHandler>("record").AddJob<ReschedulingJobHandler>("reschedule"));
}
