namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator moved the event to another phase.</summary>
/// <param name="Command">The command that moved it.</param>
/// <param name="From">The phase before.</param>
/// <param name="To">The phase after.</param>
public sealed record OpenSpacePhaseChanged(OpenSpaceCommand Command, OpenSpacePhase From, OpenSpacePhase To) : OpenSpaceEvent, IPhaseChange
{
    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
