namespace Facilitation.Methods.Brainstorm;

/// <summary>The phases of a brainstorm. Judgement is deferred: nothing is evaluated before <see cref="Voting"/>.</summary>
public enum BrainstormPhase
{
    /// <summary>Before the first round.</summary>
    Setup = 0,

    /// <summary>A generation round is running.</summary>
    Generating = 1,

    /// <summary>Between two generation rounds.</summary>
    BetweenRounds = 2,

    /// <summary>Ideas are clarified (questions of understanding, no critique).</summary>
    Clarifying = 3,

    /// <summary>Ideas are grouped into affinity clusters and duplicates are marked.</summary>
    Clustering = 4,

    /// <summary>The group votes.</summary>
    Voting = 5,

    /// <summary>The ranking is known; the group decides.</summary>
    Deciding = 6,

    /// <summary>The session is over.</summary>
    Closed = 7,
}
