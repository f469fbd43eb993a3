using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The group's decision was recorded (replacing an earlier one).</summary>
public sealed class DecisionRecorded : BrainstormEvent
{
    [JsonConstructor] internal DecisionRecorded(BrainstormDecision decision) => Decision = decision;

    /// <summary>The decision.</summary>
    public BrainstormDecision Decision { get; internal set; }
}
