using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The group's decision was recorded (replacing an earlier one).</summary>
public sealed class DecisionRecorded : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="decision">The decision.</param>
    [JsonConstructor]
    internal DecisionRecorded(BrainstormDecision decision)
    {
        Decision = decision;
    }

    /// <summary>The decision.</summary>
    public BrainstormDecision Decision { get; internal set; }
}
