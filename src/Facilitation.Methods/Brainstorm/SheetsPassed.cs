using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Every brainwriting sheet moved to the next member of its team, and a new pass began with a fresh timebox.</summary>
public sealed class SheetsPassed : BrainstormEvent
{
    [JsonConstructor] internal SheetsPassed(Round round, int pass) => (Round, Pass) = (round, pass);

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>The pass that began (1-based: pass 1 is on one's own sheet, so the first pass of sheets begins pass 2).</summary>
    public int Pass { get; internal set; }
}
