using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Every brainwriting sheet moved to the next member of its team, and a new pass began with a fresh timebox.</summary>
public sealed class SheetsPassed : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="round">The round.</param>
    /// <param name="pass">The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</param>
    [JsonConstructor]
    internal SheetsPassed(Round round, int pass)
    {
        Round = round;
        Pass = pass;
    }

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</summary>
    public int Pass { get; internal set; }
}
