namespace Facilitation.Methods.Brainstorm;

/// <summary>The group's decision was recorded (replacing an earlier one).</summary>
/// <param name="decision">The decision.</param>
public sealed class DecisionRecorded(BrainstormDecision decision) : BrainstormEvent
{
    /// <summary>The decision.</summary>
    public BrainstormDecision Decision { get; internal set; } = decision;
}
