namespace Facilitation.Methods.Brainstorm;

/// <summary>The group's decision was recorded (replacing an earlier one).</summary>
/// <param name="Decision">The decision.</param>
public sealed record DecisionRecorded(BrainstormDecision Decision) : BrainstormEvent;
