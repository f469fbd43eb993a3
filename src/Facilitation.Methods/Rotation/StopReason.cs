namespace Facilitation.Methods.Rotation;

/// <summary>Why the planner's search ended (<see cref="FairnessReport.StoppedBy"/>).</summary>
public enum StopReason
{
    /// <summary>No search ran: the report was only measured (<see cref="FairnessReport.Measure"/>).</summary>
    None = 0,

    /// <summary>The plan is proven optimal for every term the planner optimises (balance, moved seats, the objective, mixing).</summary>
    Bound = 1,

    /// <summary>The work budget (<see cref="RotationProblem.Effort"/>) was spent; the plan depends only on the problem, the seed and the effort.</summary>
    Effort = 2,

    /// <summary>The wall-clock safety cap (<see cref="RotationProblem.TimeLimit"/>) ended the search first: the plan may differ between runs and machines.</summary>
    Time = 3,

    /// <summary>The caller cancelled; the best plan found by then was returned.</summary>
    Cancelled = 4,
}
