namespace Facilitation.Methods.WorldCafe;

/// <summary>Every command a World Café session accepts; <see cref="WorldCafeSession.PermittedCommands"/> lists those legal now.</summary>
internal enum WorldCafeCommand
{
    /// <summary>Open the doors: start check-in.</summary>
    OpenCheckIn = 0,

    /// <summary>Add a person who arrives (a walk-in at check-in or a late arrival later).</summary>
    Join = 1,

    /// <summary>Remove a person who does not come or leaves early.</summary>
    Leave = 2,

    /// <summary>Close check-in, plan the seating for every round and welcome everyone.</summary>
    Welcome = 3,

    /// <summary>Announce the next round's seating.</summary>
    StartRound = 4,

    /// <summary>Let table hosts brief newcomers from the previous round's notes.</summary>
    BeginBriefing = 5,

    /// <summary>Record a host's briefing for their table.</summary>
    AddBriefing = 6,

    /// <summary>Start the timed conversation.</summary>
    StartConversation = 7,

    /// <summary>Write a note on a table's tablecloth.</summary>
    AddNote = 8,

    /// <summary>Extend or shorten the running round.</summary>
    ChangeRoundTime = 9,

    /// <summary>The timer's warning that the round ends soon (raised by the session's round timer).</summary>
    TimeWarning = 10,

    /// <summary>The timer's signal that the round's time is up (raised by the session's round timer).</summary>
    TimeUp = 11,

    /// <summary>End the conversation round and freeze its notes.</summary>
    CloseRound = 12,

    /// <summary>Hold a whole-room plenary between rounds.</summary>
    StartPlenary = 13,

    /// <summary>Choose a table's host (volunteer after round 1, or re-chosen each round).</summary>
    ChooseHost = 14,

    /// <summary>Start the town-hall harvest after the last round.</summary>
    BeginHarvest = 15,

    /// <summary>Record an insight, theme, question or action item in the harvest.</summary>
    AddHarvestItem = 16,

    /// <summary>Close the café.</summary>
    Close = 17,

    /// <summary>Pause the running round: its remaining time stands still.</summary>
    PauseRound = 18,

    /// <summary>Resume a paused round with the time it had left.</summary>
    ResumeRound = 19,
}
