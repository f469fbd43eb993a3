namespace Facilitation.Methods.Brainstorm;

/// <summary>Every brainwriting sheet moved to the next member of its team, and a new pass began with a fresh timebox.</summary>
/// <param name="round">The round.</param>
/// <param name="pass">The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</param>
public sealed class SheetsPassed(Round round, int pass) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;

    /// <summary>The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</summary>
    public int Pass { get; internal set; } = pass;
}
