namespace Facilitation.Methods;

/// <summary>What a contribution is, in the words facilitators use.</summary>
public enum ContributionKind
{
    /// <summary>A note written during a conversation (the café "tablecloth").</summary>
    Note = 0,

    /// <summary>An idea from a brainstorm.</summary>
    Idea = 1,

    /// <summary>A host's summary of a conversation.</summary>
    Summary = 2,

    /// <summary>An insight harvested from the whole group.</summary>
    Insight = 3,

    /// <summary>A theme (a pattern that recurs across groups).</summary>
    Theme = 4,

    /// <summary>A question that opened up and deserves more work.</summary>
    Question = 5,

    /// <summary>An action item: something someone will do, with an owner and a next step.</summary>
    ActionItem = 6,

    /// <summary>A session report (an open-space session's proceedings).</summary>
    Report = 7,

    /// <summary>A host's briefing for newcomers at the start of a round.</summary>
    Briefing = 8,
}
