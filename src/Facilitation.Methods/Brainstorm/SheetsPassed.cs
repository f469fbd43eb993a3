namespace Facilitation.Methods.Brainstorm;

/// <summary>Every brainwriting sheet moved to the next member of its team, and a new pass began with a fresh timebox.</summary>
/// <param name="Round">The round.</param>
/// <param name="Pass">The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</param>
public sealed record SheetsPassed(Round Round, int Pass) : BrainstormEvent;
