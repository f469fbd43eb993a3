namespace Facilitation.Methods.Brainstorm;

/// <summary>Every command a brainstorm session accepts; <see cref="BrainstormSession.PermittedCommands"/> lists those allowed now.</summary>
internal enum BrainstormCommand
{
    /// <summary>Start the next planned generation round (facilitator).</summary>
    StartRound = 0,

    /// <summary>Add an idea (participant, or the facilitator recording).</summary>
    AddIdea = 1,

    /// <summary>Pass one's turn in a round-robin or nominal group round.</summary>
    PassTurn = 2,

    /// <summary>Pass the brainwriting sheets to the next person (facilitator or timer).</summary>
    PassSheets = 3,

    /// <summary>Move a 1-2-4-All round to its next step (facilitator or timer).</summary>
    NextStep = 4,

    /// <summary>Lengthen or shorten the running round's time (facilitator).</summary>
    ExtendRound = 5,

    /// <summary>End the running round (facilitator or timer).</summary>
    EndRound = 6,

    /// <summary>Begin clarifying the ideas (facilitator).</summary>
    BeginClarifying = 7,

    /// <summary>Record a clarification of an idea (facilitator).</summary>
    ClarifyIdea = 8,

    /// <summary>Begin clustering (facilitator).</summary>
    BeginClustering = 9,

    /// <summary>Add an affinity cluster, with or without a heading (facilitator).</summary>
    AddCluster = 10,

    /// <summary>Give a cluster its heading, possibly late (facilitator).</summary>
    NameCluster = 11,

    /// <summary>Place an idea in a cluster; an idea may sit in several (facilitator).</summary>
    PlaceIdea = 12,

    /// <summary>Merge one cluster into another (facilitator).</summary>
    MergeClusters = 13,

    /// <summary>Mark an idea as a duplicate of another; nothing is deleted (facilitator).</summary>
    MarkDuplicate = 14,

    /// <summary>Begin voting (facilitator).</summary>
    BeginVoting = 15,

    /// <summary>Cast or replace one's dot-vote ballot.</summary>
    CastDots = 16,

    /// <summary>Cast or replace one's ranked ballot.</summary>
    CastRanking = 17,

    /// <summary>End voting and compute the ranking (facilitator).</summary>
    EndVoting = 18,

    /// <summary>Record the group's decision (facilitator).</summary>
    Decide = 19,

    /// <summary>Close the session (facilitator).</summary>
    Close = 20,

    /// <summary>Pause the running round's timebox (facilitator).</summary>
    PauseRound = 21,

    /// <summary>Resume the running round's paused timebox (facilitator).</summary>
    ResumeRound = 22,

    /// <summary>Add a person who arrives late, or comes back (facilitator).</summary>
    Join = 23,

    /// <summary>Say that a person leaves (facilitator, or the person themselves).</summary>
    Leave = 24,
}
