namespace Facilitation.Methods.Rotation;

/// <summary>How a plan ranks in the search, compared lexicographically: imbalance (a hard rule that bends only where the other rules force it), then announced seats moved, then the score.</summary>
/// <param name="Imbalance">Σ over planned rounds of the squared group sizes above the most even fill.</param>
/// <param name="Moved">People moved away from their announced group.</param>
/// <param name="Score">The objective as one number (see <see cref="RotationSearch"/>).</param>
internal readonly record struct PlanRank(long Imbalance, long Moved, long Score) : IComparable<PlanRank>
{
    public int CompareTo(PlanRank other) =>
        Imbalance != other.Imbalance ? Imbalance.CompareTo(other.Imbalance)
        : Moved != other.Moved ? Moved.CompareTo(other.Moved)
        : Score.CompareTo(other.Score);
}
