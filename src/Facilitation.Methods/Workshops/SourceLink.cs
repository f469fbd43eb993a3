namespace Facilitation.Methods.Workshops;

/// <summary>Where a carried item came from: a block (its session) and a contribution in it.</summary>
/// <param name="Block">The id of the source block.</param>
/// <param name="Contribution">The id of the contribution in that block (a harvest item, an issue, a report, an idea, an action, a resource).</param>
/// <remarks>Immutable. <see cref="WorkshopBook.Resolve"/> finds the contribution a link names.</remarks>
public readonly record struct SourceLink(string Block, ContributionId Contribution)
{
    /// <inheritdoc />
    public override string ToString() => $"{Block}/{Contribution}";
}
