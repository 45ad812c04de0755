using Intranet.Extensions.Gallery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Feedback;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Plugins.HopeDay.Demo;

/// <summary>
/// Demo content: an open round with three sessions (a few colleagues already signed up, one waiting), and a
/// past round whose participants are asked for feedback, so sign-up, cancel, waitlist and feedback can all be
/// tried in the dev inbox. People come from the directory (the first of them organises); rounds are seeded
/// once, by fixed id, so a restart never signs up again someone who cancelled.
/// </summary>
internal sealed class HopeDayDemoContent(IServiceScopeFactory scopes, TimeProvider time) : IDemoContentSeeder
{
    public const string OpenRoundId = "demo-open";
    public const string PastRoundId = "demo-past";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var people = new List<StaffMember>();
        await foreach (var person in services.GetRequiredService<IDirectory>().ResolveAsync(Audience.All, cancellationToken).ConfigureAwait(false))
        {
            people.Add(person);
        }

        if (people.Count < 4)
        {
            return;
        }

        people.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var text = DemoText.Load();
        var zone = services.GetRequiredService<IOrganizationContext>().TimeZone;
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).Date;
        DateTimeOffset At(int days, int hour) => new(today.AddDays(days).AddHours(hour), zone.GetUtcOffset(today.AddDays(days).AddHours(hour)));

        var reader = services.GetRequiredService<RoundReader>();
        var rounds = services.GetRequiredService<RoundService>();
        var signUps = services.GetRequiredService<SignUpService>();

        // The past round first: its tables are the "earlier round" the open round's tables avoid repeating.
        if (await reader.FindAsync(PastRoundId, cancellationToken).ConfigureAwait(false) is null)
        {
            var past = Round(PastRoundId, text.PastTitle, At(-30, 9), At(-10, 18), people[0].Id, DateOnly.FromDateTime(today),
                [new HopeDaySessionDefinition("s1", At(-1, 14), At(-1, 16), text.Places[0], 4, 4)]);
            var round = await rounds.CreateAsync(past, createdBy: people[0].Id, cancellationToken, scheduleJobs: false).ConfigureAwait(false);
            foreach (var person in people.Skip(1).Take(8))
            {
                await signUps.SignUpAsync(round.Id, "s1", person, allowSwitch: false, cancellationToken, enforceWindow: false).ConfigureAwait(false);
            }

            await rounds.CloseAsync(round.Id, cancellationToken).ConfigureAwait(false);
            var feedback = services.GetRequiredService<FeedbackService>();
            for (var i = 0; i < text.Comments.Count; i++)
            {
                await feedback.SubmitAsync(round.Id, people[1 + i], 5 - i, text.Comments[i], cancellationToken).ConfigureAwait(false);
            }

            var closed = await reader.GetAsync(round.Id, cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<FeedbackRequests>().AskAsync(closed, closed.Definition.Sessions[0], cancellationToken).ConfigureAwait(false);
        }

        if (await reader.FindAsync(OpenRoundId, cancellationToken).ConfigureAwait(false) is null)
        {
            var open = Round(OpenRoundId, text.OpenTitle, At(-1, 9), At(10, 18), people[0].Id, DateOnly.FromDateTime(today),
            [
                new HopeDaySessionDefinition("s1", At(14, 14), At(14, 16), text.Places[0], 4, 4),
                new HopeDaySessionDefinition("s2", At(15, 10), At(15, 12), text.Places[1], 4, 4),
                new HopeDaySessionDefinition("s3", At(16, 15), At(16, 17), text.Places[2], 4, 4),
            ]);

            // Its opening job (already due) sends everyone their invitation.
            var round = await rounds.CreateAsync(open, createdBy: people[0].Id, cancellationToken).ConfigureAwait(false);
            foreach (var person in people.Skip(1).Take(8))
            {
                await signUps.SignUpAsync(round.Id, "s1", person, allowSwitch: false, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static HopeDayRoundDefinition Round(
        string id, LocalizedText title, DateTimeOffset opens, DateTimeOffset closes, string organiserId, DateOnly reference,
        IReadOnlyList<HopeDaySessionDefinition> sessions) => new()
    {
        Id = id,
        Title = title,
        SignUpOpensAt = opens,
        SignUpClosesAt = closes,
        Rule = new MixRule(5, reference),
        Sessions = sessions,
        OrganizerIds = [organiserId],
        Seed = 2026,
    };
}
