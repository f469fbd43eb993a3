namespace Facilitation.Methods.Brainstorm;

/// <summary>The session moved to a new phase (clarifying, clustering, or closed).</summary>
/// <param name="from">The phase the session left.</param>
/// <param name="to">The phase the session entered.</param>
public sealed class PhaseBegan(BrainstormPhase from, BrainstormPhase to) : BrainstormEvent, IPhaseChange
{
    /// <summary>The phase the session left.</summary>
    public BrainstormPhase From { get; internal set; } = from;

    /// <summary>The phase the session entered.</summary>
    public BrainstormPhase To { get; internal set; } = to;

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
