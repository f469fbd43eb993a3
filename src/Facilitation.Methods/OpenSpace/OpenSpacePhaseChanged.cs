using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator moved the event to another phase.</summary>
public sealed class OpenSpacePhaseChanged : OpenSpaceEvent, IPhaseChange
{
    [JsonConstructor] internal OpenSpacePhaseChanged(OpenSpaceCommand command, OpenSpacePhase from, OpenSpacePhase to) => (Command, From, To) = (command, from, to);

    /// <summary>The command that moved it.</summary>
    public OpenSpaceCommand Command { get; internal set; }

    /// <summary>The phase before.</summary>
    public OpenSpacePhase From { get; internal set; }

    /// <summary>The phase after.</summary>
    public OpenSpacePhase To { get; internal set; }

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
