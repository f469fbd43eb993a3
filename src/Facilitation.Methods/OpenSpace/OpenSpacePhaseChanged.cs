using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator moved the event to another phase.</summary>
public sealed class OpenSpacePhaseChanged : OpenSpaceEvent, IPhaseChange<OpenSpacePhase>
{
    internal OpenSpacePhaseChanged(OpenSpaceCommand command, OpenSpacePhase from, OpenSpacePhase to) => (Trigger, From, To) = (command, from, to);

    [JsonConstructor]
    internal OpenSpacePhaseChanged(string command, OpenSpacePhase from, OpenSpacePhase to)
        : this(CommandName.Parse<OpenSpaceCommand>(command), from, to)
    {
    }

    /// <summary>The name of the command that moved it (the name of the session's method, such as <c>"OpenMarketplace"</c>).</summary>
    public string Command => Trigger.ToString();

    /// <summary>The phase before.</summary>
    public OpenSpacePhase From { get; internal set; }

    /// <summary>The phase after.</summary>
    public OpenSpacePhase To { get; internal set; }

    /// <summary>Gets or sets the command that moved it, as the rules know it.</summary>
    [JsonIgnore]
    internal OpenSpaceCommand Trigger { get; set; }
}
