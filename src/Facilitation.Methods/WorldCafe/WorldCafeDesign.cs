using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>What the facilitator configures for a World Café: who comes, the tables, the questions, the rounds and their timing, how hosts are chosen, and the seating constraints.</summary>
/// <remarks>
/// Immutable. A session validates the design once (<see cref="WorldCafeSession.Check"/> lists the problems) and copies it, so later edits by the caller change nothing.
/// Tables are <see cref="Group"/>s: their capacity counts the host; in <see cref="HostSelection.PreAssigned"/> mode their <see cref="Group.Host"/> names the host who stays.
/// </remarks>
public sealed record WorldCafeDesign
{
    /// <summary>Gets a title for the café, used in exports.</summary>
    /// <value>The default value is "World Café".</value>
    public string Title { get; init; } = "World Café";

    /// <summary>Gets the co-facilitators: people who may send every facilitator command and write a note at any table (not harvest items), as <c>Actor.ForCoFacilitator(id)</c>, next to the lead facilitator.</summary>
    /// <value>The default value is empty: only <see cref="Actor.Facilitator"/> facilitates.</value>
    public ImmutableArray<ParticipantId> CoFacilitators { get; init; } = [];

    /// <summary>
    /// Gets the tables each table co-facilitator looks after. A person named here may, as <c>Actor.ForCoFacilitator(id)</c>, write notes
    /// without an author, brief and choose the host at those tables only; every other facilitator command stays with the lead facilitator
    /// and <see cref="CoFacilitators"/> (a person in both keeps every facilitator command).
    /// </summary>
    /// <value>The default value is empty: no co-facilitator is limited to tables.</value>
    /// <example><c>TableCoFacilitators = ImmutableDictionary.CreateRange([KeyValuePair.Create(new ParticipantId("li"), ImmutableArray.Create&lt;GroupId&gt;("T1", "T2"))])</c>.</example>
    public ImmutableDictionary<ParticipantId, ImmutableArray<GroupId>> TableCoFacilitators { get; init; } = ImmutableDictionary<ParticipantId, ImmutableArray<GroupId>>.Empty;

    /// <summary>Gets the people expected at check-in (more can join later).</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Participant> Participants { get; init; } = [];

    /// <summary>Gets the tables, in the order they are numbered in the room.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Group> Tables { get; init; } = [];

    /// <summary>Gets the questions. With <see cref="QuestionMode.PerTable"/> the i-th question belongs to the i-th table (a table's own <see cref="Group.Prompt"/> wins); with <see cref="QuestionMode.PerRound"/> the i-th question is asked in round i; with <see cref="QuestionMode.Progression"/> see that mode.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Prompt> Questions { get; init; } = [];

    /// <summary>Gets how questions are bound to tables and rounds.</summary>
    /// <value>The default value is <see cref="QuestionMode.PerTable"/>.</value>
    public QuestionMode QuestionMode { get; init; } = WorldCafeConstants.DefaultQuestionMode;

    /// <summary>Gets the number of conversation rounds.</summary>
    /// <value>The default value is 3.</value>
    public int Rounds { get; init; } = WorldCafeConstants.DefaultRounds;

    /// <summary>Gets how long each conversation round lasts.</summary>
    /// <value>The default value is 20 minutes.</value>
    public TimeSpan RoundDuration { get; init; } = WorldCafeConstants.DefaultRoundDuration;

    /// <summary>Gets how long before the end of a round the warning is given; zero gives no warning.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan WarningBeforeEnd { get; init; } = WorldCafeConstants.DefaultWarningBeforeEnd;

    /// <summary>Gets a value indicating whether a round closes by itself when its time is up (otherwise the facilitator closes it).</summary>
    /// <value>The default value is false.</value>
    public bool AutoAdvance { get; init; }

    /// <summary>Gets how table hosts are chosen.</summary>
    /// <value>The default value is <see cref="HostSelection.PreAssigned"/>.</value>
    public HostSelection HostSelection { get; init; } = WorldCafeConstants.DefaultHostSelection;

    /// <summary>Gets a value indicating whether the last round sends every traveller back to their first table ("return home") to share what they gathered.</summary>
    /// <value>The default value is false.</value>
    public bool ReturnHomeFinalRound { get; init; }

    /// <summary>Gets a value indicating whether a whole-room plenary is held between rounds.</summary>
    /// <value>The default value is false.</value>
    public bool PlenaryBetweenRounds { get; init; }

    /// <summary>Gets pairs of people who must never share a table.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<ParticipantPair> KeepApart { get; init; } = [];

    /// <summary>Gets pairs of people who must always share a table (for example an interpreter and the person they help).</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<ParticipantPair> KeepTogether { get; init; } = [];

    /// <summary>Gets the pairs who met before this café, in earlier sessions (a workshop passes who sat together in its earlier blocks): the planner counts each as one
    /// meeting already held, so the café mixes people who have not met yet where it can. A pair naming someone not in the café is ignored until that person joins.</summary>
    /// <value>The default value is empty: nobody met before.</value>
    public ImmutableArray<ParticipantPair> MetBefore { get; init; } = [];

    /// <summary>Gets the participant attribute to mix by (for example "village"): the planner avoids seating people with the same value together.</summary>
    /// <value>The default value is null: no mixing.</value>
    public string? MixBy { get; init; }

    /// <summary>Gets the seed for every random choice (seating search, automatic host choice), so a café can be reproduced.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; init; } = WorldCafeConstants.DefaultSeed;

    /// <summary>Gets how long the rotation planner may search for a fair seating each time it plans or re-plans.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan PlannerTimeLimit { get; init; } = WorldCafeConstants.DefaultPlannerTimeLimit;

    /// <summary>Gets how the rounds not yet held are re-planned when someone arrives late or leaves.</summary>
    /// <value>The default value is <see cref="CafeReplanning.KeepAnnouncedSeats"/>: as few announced seats change as the rules allow.</value>
    public CafeReplanning Replanning { get; init; } = WorldCafeConstants.DefaultReplanning;
}
