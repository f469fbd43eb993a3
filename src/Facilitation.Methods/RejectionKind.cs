namespace Facilitation.Methods;

/// <summary>Why a command was refused.</summary>
public enum RejectionKind
{
    /// <summary>The command is not legal in the session's current phase.</summary>
    WrongPhase = 0,

    /// <summary>The command's payload is invalid (blank text, unknown participant, over a limit).</summary>
    InvalidInput = 1,

    /// <summary>The actor may not send this command (a participant acting as the facilitator, or for someone else).</summary>
    NotPermitted = 2,

    /// <summary>The command conflicts with the session's state (a stale version, a full group, a spent vote budget).</summary>
    Conflict = 3,
}
