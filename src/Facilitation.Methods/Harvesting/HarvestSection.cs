using System.Collections.Immutable;

namespace Facilitation.Methods.Harvesting;

/// <summary>One cell of the harvest: what one group said about one question in one round.</summary>
/// <param name="Question">The question, or null when the group had none.</param>
/// <param name="Group">The group (café table, open-space space, brainstorm team).</param>
/// <param name="Round">The round, or null when the method has no rounds.</param>
/// <param name="Contributions">The contributions, in the order recorded.</param>
public sealed record HarvestSection(Prompt? Question, GroupId Group, Round? Round, ImmutableArray<Contribution> Contributions);
