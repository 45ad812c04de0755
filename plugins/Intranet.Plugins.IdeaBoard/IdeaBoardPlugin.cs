using Intranet.Extensions.Localization;
using Intranet.Extensions.Plugins;
using Intranet.Plugins.IdeaBoard.Admin;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Closing;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Demo;
using Intranet.Plugins.IdeaBoard.Export;
using Intranet.Plugins.IdeaBoard.Gallery;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Incentives;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Plugins.IdeaBoard;

/// <summary>The idea board: <c>services.AddIntranetExtensions().AddIdeaBoard()</c>.</summary>
public static class IdeaBoardPlugin
{
    /// <summary>The app role (besides <c>Intranet.Admin</c>) that may call the admin operations.</summary>
    public const string ManageRole = "IdeaBoard.Manage";

    /// <summary>Who the plugin is.</summary>
    public static PluginDescriptor Descriptor { get; } =
        new("ideaboard", "1.0.0", new EmbeddedTextCatalog(typeof(IdeaBoardPlugin).Assembly));

    /// <summary>
    /// Adds the idea board: its card actions, the campaign open and close jobs, gallery samples, demo content
    /// and <see cref="IIdeaBoard"/> for hosts to create, open, close and export campaigns.
    /// </summary>
    public static IIntranetBuilder AddIdeaBoard(this IIntranetBuilder builder, Action<IdeaBoardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPlugin(Descriptor, plugin =>
        {
            plugin.Services.AddOptions<IdeaBoardOptions>()
                .Configure(configure ?? (static _ => { }))
                .Validate(static o => o.MaxTitleLength > 0 && o.MaxBodyLength > 0 && o.MaxCommentLength > 0 && o.MaxFeedbackLength > 0,
                    "IdeaBoard length limits must be positive.")
                .Validate(static o => o.PageSize is >= 1 and <= 20 && o.DigestTopCount is >= 1 and <= 20 && o.MaxSimilarIdeas is >= 0 and <= 10,
                    "IdeaBoard PageSize and DigestTopCount must be 1–20, MaxSimilarIdeas 0–10.")
                .Validate(static o => o.SimilarityThreshold is > 0 and <= 1, "IdeaBoard SimilarityThreshold must be in (0, 1].")
                .ValidateOnStart();

            // Every dependency is a singleton in the runtime, so the services are too; handlers stay scoped.
            plugin.Services.TryAddSingleton<IdeaBoardStore>();
            plugin.Services.TryAddSingleton<VoteStore>();
            plugin.Services.TryAddSingleton<CommentStore>();
            plugin.Services.TryAddSingleton<Reviewers>();
            plugin.Services.TryAddSingleton<IdeaViews>();
            plugin.Services.TryAddSingleton<ParticipationService>();
            plugin.Services.TryAddSingleton<ReviewService>();
            plugin.Services.TryAddSingleton<CampaignClosing>();
            plugin.Services.TryAddSingleton<CampaignExport>();
            plugin.Services.TryAddSingleton<LeaderboardService>();
            plugin.Services.TryAddSingleton<IIdeaBoard, IdeaBoardService>();

            plugin.AddAction<FormHandler>("form")
                  .AddAction<SimilarHandler>("similar")
                  .AddAction<SubmitHandler>("submit")
                  .AddAction<IdeaHandler>("idea")
                  .AddAction<EditHandler>("edit")
                  .AddAction<SaveHandler>("save")
                  .AddAction<WithdrawHandler>("withdraw")
                  .AddAction<BrowseHandler>("browse")
                  .AddAction<MineHandler>("mine")
                  .AddAction<VoteHandler>("vote")
                  .AddAction<CommentHandler>("comment")
                  .AddAction<QueueHandler>("queue")
                  .AddAction<ReviewHandler>("review")
                  .AddAction<ScoreHandler>("score")
                  .AddAction<DecideHandler>("decide")
                  .AddAction<AssignHandler>("assign")
                  .AddAction<ImplementationHandler>("implementation")
                  .AddAction<DecisionViewHandler>("decision")
                  .AddAction<LeaderboardHandler>("leaderboard")
                  .AddAction<ExportHandler>("export")
                  .AddAdminOperation<ListCampaignsOperation>("campaigns", ManageRole)
                  .AddAdminOperation<CreateCampaignOperation>("create", ManageRole)
                  .AddAdminOperation<OpenCampaignOperation>("open", ManageRole)
                  .AddAdminOperation<CloseCampaignOperation>("close", ManageRole)
                  .AddAdminOperation<ExportCampaignOperation>("export", ManageRole)
                  .AddJob<OpenJob>("open")
                  .AddJob<CloseJob>("close")
                  .AddCardSamples<IdeaBoardCardSamples>()
                  .AddDemoContent<IdeaBoardDemoContent>();
        });
    }
}
