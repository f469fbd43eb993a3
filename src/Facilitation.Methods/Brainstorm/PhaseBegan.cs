using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The session moved to a new phase (clarifying, clustering, or closed).</summary>
public sealed class PhaseBegan : BrainstormEvent, IPhaseChange<BrainstormPhase>
{
    [JsonConstructor] internal PhaseBegan(BrainstormPhase from, BrainstormPhase to) => (From, To) = (from, to);

    /// <summary>The phase the session left.</summary>
    public BrainstormPhase From { get; internal set; }

    /// <summary>The phase the session entered.</summary>
    public BrainstormPhase To { get; internal set; }
}
