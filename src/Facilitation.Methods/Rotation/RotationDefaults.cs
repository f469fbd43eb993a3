namespace Facilitation.Methods.Rotation;

/// <summary>The defaults of <see cref="RotationProblem"/>, in one place.</summary>
internal static class RotationDefaults
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>The default work budget: search steps per worker (a step is one swap or move made).</summary>
    public const long Effort = 20_000;

    /// <summary>The largest work budget accepted.</summary>
    public const long MaxEffort = 1_000_000_000_000;

    /// <summary>The longest time limit accepted (one day).</summary>
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromDays(1);

    public const RotationObjective Objective = RotationObjective.Spread;

    public const int Seed = 0;

    public const string What = "rotation problem";
}
