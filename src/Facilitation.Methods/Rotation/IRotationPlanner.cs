namespace Facilitation.Methods.Rotation;

/// <summary>Plans who sits where, round after round, so that people keep meeting new faces.</summary>
public interface IRotationPlanner
{
    /// <summary>Plans the rounds of a rotation problem that are not yet held.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="cancellationToken">Ends the search early; the best plan found so far is returned.</param>
    /// <returns>The plan, history rounds first and unchanged.</returns>
    /// <exception cref="InvalidDesignException">The problem is invalid or its hard rules cannot all hold.</exception>
    RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default);
}
