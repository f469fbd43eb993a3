namespace Facilitation.Methods.Workshops;

/// <summary>Where a running workshop stands: before the first day, a day open between blocks, a block running, between days, or closed.</summary>
public enum WorkshopPhase
{
    /// <summary>No day has opened yet; people may already check in.</summary>
    NotStarted = 0,

    /// <summary>A day is open and no block runs: the next block may start (or be skipped), or the day may close.</summary>
    DayOpen = 1,

    /// <summary>A block of the open day runs.</summary>
    BlockRunning = 2,

    /// <summary>A day has closed; the next day may open, or the workshop may close.</summary>
    BetweenDays = 3,

    /// <summary>The workshop is over.</summary>
    Closed = 4,
}
