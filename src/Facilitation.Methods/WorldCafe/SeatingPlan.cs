using Facilitation.Methods.Rotation;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The seating of the rounds not yet held, as the rotation planner made it (at the welcome) or re-made it (after a late arrival, a departure or a new host).</summary>
/// <remarks>Rounds already held never change, so a plan starts at the first round not yet held.</remarks>
public sealed class SeatingPlan
{
    /// <summary>Initializes a new instance of the <see cref="SeatingPlan"/> class.</summary>
    /// <param name="fromRound">The first round of the plan (the first round not yet held).</param>
    /// <param name="seatings">The seating of each round from <paramref name="fromRound"/> to the last.</param>
    /// <param name="report">The planner's fairness report, or null when no round needed the planner (only the return-home round is left).</param>
    /// <param name="plannedAt">The session version the plan was made from; the plan is refused when the people, hosts or held rounds changed since.</param>
    /// <param name="moved">The people whose table changed in any re-planned round compared with the plan announced before (empty at the welcome), in id order.</param>
    [JsonConstructor] internal SeatingPlan(Round fromRound, ImmutableArray<Seating> seatings, FairnessReport? report, long plannedAt, ImmutableArray<ParticipantId> moved) =>
        (FromRound, Seatings, Report, PlannedAt, Moved) = (fromRound, seatings, report, plannedAt, moved);

    /// <summary>The first round of the plan (the first round not yet held).</summary>
    public Round FromRound { get; }

    /// <summary>The seating of each round from <see cref="FromRound"/> to the last.</summary>
    public ImmutableArray<Seating> Seatings { get; }

    /// <summary>The planner's fairness report, or null when no round needed the planner (only the return-home round is left).</summary>
    public FairnessReport? Report { get; }

    /// <summary>The session version the plan was made from; the plan is refused when the people, hosts or held rounds changed since.</summary>
    public long PlannedAt { get; }

    /// <summary>The people whose table changed in any re-planned round compared with the plan announced before (empty at the welcome), in id order.</summary>
    public ImmutableArray<ParticipantId> Moved { get; }
}
