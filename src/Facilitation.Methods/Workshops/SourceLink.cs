using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>Where a carried item came from: a block (its session) and a contribution in it.</summary>
/// <remarks>Immutable; two links are equal when they name the same block and contribution. <see cref="WorkshopBook.Resolve"/> finds the contribution a link names.</remarks>
public readonly record struct SourceLink
{
    /// <summary>Initializes a new link.</summary>
    /// <param name="block">The id of the source block.</param>
    /// <param name="contribution">The id of the contribution in that block (a harvest item, an issue, a report, an idea, an action, a resource).</param>
    [JsonConstructor]
    public SourceLink(string block, ContributionId contribution) => (Block, Contribution) = (block, contribution);

    /// <summary>Gets the id of the source block.</summary>
    public string Block { get; }

    /// <summary>Gets the id of the contribution in that block.</summary>
    public ContributionId Contribution { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Block}/{Contribution}";
}
