namespace Facilitation.Methods.Workshops;

/// <summary>Where an action plan item stands.</summary>
public enum ActionStatus
{
    /// <summary>Agreed, not started.</summary>
    Open = 0,

    /// <summary>Under way.</summary>
    InProgress = 1,

    /// <summary>Done.</summary>
    Done = 2,

    /// <summary>Dropped on purpose.</summary>
    Dropped = 3,
}
