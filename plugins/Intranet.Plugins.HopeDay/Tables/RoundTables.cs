namespace Intranet.Plugins.HopeDay.Tables;

/// <summary>
/// The tables of a round, stored at <c>hopeday/tables/{round}</c> once sign-up closes. Later rounds read every
/// earlier round's tables to keep apart people who already sat together.
/// </summary>
internal sealed record RoundTables
{
    public required string RoundId { get; init; }

    public DateTimeOffset FormedAt { get; init; }

    public int Seed { get; init; }

    public List<SessionTables> Sessions { get; init; } = [];

    /// <summary>The person's session and table number (1-based) with its members, or <see langword="null"/>.</summary>
    public (string SessionId, int Number, IReadOnlyList<string> Members)? Find(string personId)
    {
        foreach (var session in Sessions)
        {
            for (var t = 0; t < session.Tables.Count; t++)
            {
                if (session.Tables[t].Contains(personId))
                {
                    return (session.SessionId, t + 1, session.Tables[t]);
                }
            }
        }

        return null;
    }
}

/// <summary>One session's tables: lists of person ids.</summary>
internal sealed record SessionTables(string SessionId, List<List<string>> Tables);
