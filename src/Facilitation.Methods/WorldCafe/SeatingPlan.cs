using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The seating of the rounds not yet held, as the rotation planner made it (at the welcome) or re-made it (after a late arrival, a departure or a new host).</summary>
/// <remarks>Rounds already held never change, so a plan starts at the first round not yet held.</remarks>
/// <param name="FromRound">The first round of the plan (the first round not yet held).</param>
/// <param name="Seatings">The seating of each round from <paramref name="FromRound"/> to the last.</param>
/// <param name="Report">The planner's fairness report, or null when no round needed the planner (only the return-home round is left).</param>
/// <param name="PlannedAt">The session version the plan was made from; the plan is refused when the people, hosts or held rounds changed since.</param>
/// <param name="Moved">The people whose table changed in any re-planned round compared with the plan announced before (empty at the welcome), in id order.</param>
public sealed record SeatingPlan(Round FromRound, ImmutableArray<Seating> Seatings, FairnessReport? Report, long PlannedAt, ImmutableArray<ParticipantId> Moved);
