namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator moved the event to another phase.</summary>
/// <param name="command">The command that moved it.</param>
/// <param name="from">The phase before.</param>
/// <param name="to">The phase after.</param>
public sealed class OpenSpacePhaseChanged(OpenSpaceCommand command, OpenSpacePhase from, OpenSpacePhase to) : OpenSpaceEvent, IPhaseChange
{
    /// <summary>The command that moved it.</summary>
    public OpenSpaceCommand Command { get; internal set; } = command;

    /// <summary>The phase before.</summary>
    public OpenSpacePhase From { get; internal set; } = from;

    /// <summary>The phase after.</summary>
    public OpenSpacePhase To { get; internal set; } = to;

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
