namespace Facilitation.Methods.Rotation;

/// <summary>The defaults of <see cref="RotationProblem"/>, in one place.</summary>
internal static class RotationDefaults
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public const RotationObjective Objective = RotationObjective.Spread;

    public const int Seed = 0;

    public const string What = "rotation problem";
}
