using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The seating was planned (at the welcome) or re-planned (after a late arrival, a departure or a new host); rounds already held never change.</summary>
/// <param name="FromRound">The first round that was (re)planned.</param>
/// <param name="Seatings">The seating of every round, held and planned.</param>
/// <param name="Report">The planner's fairness report, or null when no round needed the planner.</param>
public sealed record SeatingPlanned(Round FromRound, ImmutableArray<Seating> Seatings, FairnessReport? Report) : WorldCafeEvent;
