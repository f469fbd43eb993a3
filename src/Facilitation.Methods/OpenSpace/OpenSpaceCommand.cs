namespace Facilitation.Methods.OpenSpace;

/// <summary>Every command an Open Space session accepts; <see cref="OpenSpaceSession.PermittedCommands"/> lists those allowed now.</summary>
internal enum OpenSpaceCommand
{
    /// <summary>Open the opening circle (facilitator).</summary>
    OpenCircle = 0,

    /// <summary>Invite people to post issues (facilitator).</summary>
    BeginAgendaSetting = 1,

    /// <summary>Open the marketplace (facilitator).</summary>
    OpenMarketplace = 2,

    /// <summary>Start the next time slot (facilitator).</summary>
    StartNextSlot = 3,

    /// <summary>End the day with the evening news (facilitator, multi-day events).</summary>
    BeginEveningNews = 4,

    /// <summary>Open the next day with morning announcements (facilitator, multi-day events).</summary>
    BeginMorningAnnouncements = 5,

    /// <summary>Begin convergence (facilitator).</summary>
    BeginConvergence = 6,

    /// <summary>Begin action planning (facilitator).</summary>
    BeginActionPlanning = 7,

    /// <summary>Begin the closing circle (facilitator).</summary>
    BeginClosingCircle = 8,

    /// <summary>Close the event (facilitator).</summary>
    Close = 9,

    /// <summary>Register a participant who arrives (facilitator).</summary>
    RegisterParticipant = 10,

    /// <summary>Post an issue, becoming its convener (a participant, or the facilitator for them).</summary>
    PostIssue = 11,

    /// <summary>Sign up for a session (a participant).</summary>
    ExpressInterest = 12,

    /// <summary>Merge two sessions into one (the facilitator or a convener of either).</summary>
    MergeIssues = 13,

    /// <summary>Move a session to another cell (the facilitator or its convener).</summary>
    MoveIssue = 14,

    /// <summary>Add a space to the wall (facilitator).</summary>
    AddSpace = 15,

    /// <summary>Add a time slot to the wall (facilitator).</summary>
    AddSlot = 16,

    /// <summary>Adopt a proposed agenda from the scheduler (facilitator).</summary>
    AdoptAgenda = 17,

    /// <summary>Appoint a scribe for a session (its convener or the facilitator).</summary>
    AppointScribe = 18,

    /// <summary>Record that a participant joined a running session (law of two feet: information only).</summary>
    JoinSession = 19,

    /// <summary>Record that a participant left a running session (law of two feet: information only).</summary>
    LeaveSession = 20,

    /// <summary>Send a session's report to the news room (its convener, its scribe or the facilitator).</summary>
    SubmitReport = 21,

    /// <summary>Share news with everyone (the newsroom coordinator or the facilitator).</summary>
    ShareNews = 22,

    /// <summary>Put a dot on an issue (a participant, within their budget).</summary>
    CastDot = 23,

    /// <summary>Cluster related issues (facilitator).</summary>
    ClusterIssues = 24,

    /// <summary>Appoint an initiator for a cluster (facilitator).</summary>
    AppointInitiator = 25,

    /// <summary>Record an action item (the facilitator or a participant).</summary>
    RecordAction = 26,

    /// <summary>Speak in the closing circle, at most once (a participant).</summary>
    Speak = 27,

    /// <summary>Pause the running slot's timebox (facilitator).</summary>
    PauseSlot = 28,

    /// <summary>Resume the running slot's paused timebox (facilitator).</summary>
    ResumeSlot = 29,

    /// <summary>Lengthen or shorten the running slot's timebox (facilitator).</summary>
    ChangeSlotTime = 30,

    /// <summary>The timer's warning that the slot ends soon (sent by the session's timer only).</summary>
    SlotTimeWarning = 31,

    /// <summary>The timer's signal that the slot's time is up (sent by the session's timer only).</summary>
    SlotTimeUp = 32,

    /// <summary>Record that a participant left the event for good (the participant, or the facilitator for them); registering them again re-admits them.</summary>
    Depart = 33,
}
