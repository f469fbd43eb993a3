namespace Facilitation.Methods.OpenSpace;

/// <summary>Options for the agenda scheduler.</summary>
/// <remarks>
/// The scheduler minimises lexicographically: first convener clashes and unplaced sessions (hard), then the weighted sum
/// <c>CoInterestWeight × conflicts + OverflowWeight × overflow + ChangeWeight × changes</c>. The same options, state and seed
/// always give the same agenda.
/// </remarks>
public sealed class AgendaSchedulingOptions
{
    /// <summary>Gets the seed of the search.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; init; } = OpenSpaceDefaults.Seed;

    /// <summary>Gets the number of local-search steps, or null to scale with the number of sessions (4,000 per session, at least 20,000).</summary>
    /// <value>The default value is null.</value>
    public int? Iterations { get; init; }

    /// <summary>Gets the weight of one co-interest conflict (one person, two wanted sessions in one slot).</summary>
    /// <value>The default value is 1.</value>
    public int CoInterestWeight { get; init; } = OpenSpaceDefaults.CoInterestWeight;

    /// <summary>Gets the weight of one person over a space's capacity.</summary>
    /// <value>The default value is 1.</value>
    public int OverflowWeight { get; init; } = OpenSpaceDefaults.OverflowWeight;

    /// <summary>Gets the weight of moving one session away from its cell in the published agenda.</summary>
    /// <value>The default value is 2.</value>
    public int ChangeWeight { get; init; } = OpenSpaceDefaults.ChangeWeight;
}
