using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Hosting;

/// <summary>A rotation planner that never searches longer than the host allows (<see cref="FacilitationMethodsOptions.MaxPlannerTime"/>).</summary>
internal sealed class TimeCappedPlanner(IRotationPlanner inner, TimeSpan cap) : IRotationPlanner
{
    /// <summary>Gets the longest one plan may search.</summary>
    public TimeSpan Cap { get; } = cap;

    /// <inheritdoc />
    public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return inner.Plan(problem.TimeLimit > Cap ? problem with { TimeLimit = Cap } : problem, cancellationToken);
    }
}
