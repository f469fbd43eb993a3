using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Harvesting;

/// <summary>One cell of the harvest: what one group said about one question in one round.</summary>
public sealed class HarvestSection
{
    /// <summary>Initializes a new instance of the <see cref="HarvestSection"/> class.</summary>
    /// <param name="question">The question, or null when the group had none.</param>
    /// <param name="group">The group (café table, open-space space, brainstorm team).</param>
    /// <param name="round">The round, or null when the method has no rounds.</param>
    /// <param name="contributions">The contributions, in the order recorded.</param>
    [JsonConstructor] internal HarvestSection(Prompt? question, GroupId group, Round? round, ImmutableArray<Contribution> contributions) =>
        (Question, Group, Round, Contributions) = (question, group, round, contributions);

    /// <summary>The question, or null when the group had none.</summary>
    public Prompt? Question { get; }

    /// <summary>The group (café table, open-space space, brainstorm team).</summary>
    public GroupId Group { get; }

    /// <summary>The round, or null when the method has no rounds.</summary>
    public Round? Round { get; }

    /// <summary>The contributions, in the order recorded.</summary>
    public ImmutableArray<Contribution> Contributions { get; }
}
