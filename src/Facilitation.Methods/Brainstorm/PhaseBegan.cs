namespace Facilitation.Methods.Brainstorm;

/// <summary>The session moved to a new phase (clarifying, clustering, or closed).</summary>
/// <param name="From">The phase the session left.</param>
/// <param name="To">The phase the session entered.</param>
public sealed record PhaseBegan(BrainstormPhase From, BrainstormPhase To) : BrainstormEvent, IPhaseChange
{
    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
