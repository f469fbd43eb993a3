using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>The seatings of every round (history first, unchanged) and how fair they are.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RotationPlan
{
    /// <summary>Initializes a new plan.</summary>
    /// <param name="rounds">One seating per round, numbered 1, 2, ….</param>
    /// <param name="report">The fairness report of these seatings.</param>
    public RotationPlan(ImmutableArray<Seating> rounds, FairnessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Rounds = rounds.IsDefault ? [] : rounds;
        Report = report;
    }

    /// <summary>Gets one seating per round, in order; each lists every group in problem order (empty groups included).</summary>
    public ImmutableArray<Seating> Rounds { get; }

    /// <summary>Gets the fairness report, recounted from <see cref="Rounds"/>.</summary>
    public FairnessReport Report { get; }

    /// <summary>Counts who met whom in this plan (every round, history included): the meeting count of each pair and, per person, who they have met and who not yet. Computed on each call.</summary>
    /// <param name="participants">The people to cover, in the order to list them (the problem's participants); everyone seated is covered too.</param>
    /// <returns>The matrix.</returns>
    public MeetingMatrix WhoMetWhom(IEnumerable<ParticipantId> participants) => MeetingMatrix.Count(participants, Rounds);

    /// <summary>Gets the route of one participant: the group they sit in each round, or null in rounds they are away.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>One entry per round.</returns>
    public ImmutableArray<GroupId?> RouteOf(ParticipantId participant) => [.. Rounds.Select(s => s.GroupOf(participant))];
}
