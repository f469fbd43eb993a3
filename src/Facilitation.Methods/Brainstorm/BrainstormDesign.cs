using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>What the facilitator configures for a brainstorm: who takes part, the generation rounds, the framing categories and how the group votes.</summary>
/// <remarks>Immutable; validated once by <see cref="BrainstormSession.Create"/>.</remarks>
public sealed record BrainstormDesign
{
    /// <summary>Gets the session's title, used in harvests.</summary>
    /// <value>The default value is "Brainstorm".</value>
    public string Title { get; init; } = BrainstormDefaults.Title;

    /// <summary>Gets the people taking part; their order is the round-robin order.</summary>
    /// <value>The default value is empty (a design needs at least one).</value>
    public ImmutableArray<Participant> Participants { get; init; } = [];

    /// <summary>Gets the planned generation rounds, in order.</summary>
    /// <value>The default value is empty (a design needs at least one).</value>
    public ImmutableArray<GenerationRound> Rounds { get; init; } = [];

    /// <summary>Gets the co-facilitators: people who may send every facilitator command, as <c>Actor.ForCoFacilitator(id)</c>, next to the lead facilitator.</summary>
    /// <value>The default value is empty: only <see cref="Actor.Facilitator"/> facilitates.</value>
    public ImmutableArray<ParticipantId> CoFacilitators { get; init; } = [];

    /// <summary>Gets the session's question, used by rounds without one of their own.</summary>
    /// <value>The default value is null.</value>
    [JsonConverter(typeof(PromptTextConverter))]
    public Prompt? Prompt { get; init; }

    /// <summary>Gets the framing categories ideas may be tagged with (for example <see cref="BrainstormCategories.FiveResources"/>); when empty, any tag is accepted.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Gets how the group votes.</summary>
    /// <value>The default value is null: <see cref="VotingMethod.Ranked"/> when a round uses the nominal group technique, else <see cref="VotingMethod.Dots"/>.</value>
    public VotingMethod? Voting { get; init; }

    /// <summary>Gets each person's dot budget.</summary>
    /// <value>The default value is null: about a third of the ideas on the ballot, at least 1 and at most <see cref="MaxDotsPerPerson"/>.</value>
    public int? DotsPerPerson { get; init; }

    /// <summary>Gets the cap on the automatic dot budget.</summary>
    /// <value>The default value is 10.</value>
    public int MaxDotsPerPerson { get; init; } = BrainstormDefaults.MaxDotsPerPerson;

    /// <summary>Gets the most dots one person may put on one idea.</summary>
    /// <value>The default value is null: no cap beyond the budget.</value>
    public int? MaxDotsPerIdea { get; init; }

    /// <summary>Gets how many ideas each person ranks in a ranked vote (top <c>k</c>, the first earning <c>k</c> points).</summary>
    /// <value>The default value is 5.</value>
    public int RankedChoices { get; init; } = BrainstormDefaults.RankedChoices;

    /// <summary>Gets a value indicating whether the session's timer moves on when a round's time is up (passes sheets, moves to the next 1-2-4-All step, or ends the round).</summary>
    /// <value>The default value is true.</value>
    public bool EndRoundsWhenTimeIsUp { get; init; } = BrainstormDefaults.EndRoundsWhenTimeIsUp;

    /// <summary>Gets the seed for every random choice (forming 1-2-4-All pairs and fours, and brainwriting teams when <see cref="MetBefore"/> is given).</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; }

    /// <summary>Gets the pairs who met before this brainstorm, in earlier sessions (a workshop passes who sat together in its earlier blocks): 1-2-4-All pairs and fours
    /// count each as one meeting already held, and brainwriting teams hold as few of them as the planner finds (never more than teams in roster order), so they bring together
    /// people who have not met yet where they can. A pair naming someone not here is ignored.</summary>
    /// <value>The default value is empty: nobody met before.</value>
    public ImmutableArray<Rotation.ParticipantPair> MetBefore { get; init; } = [];

    /// <summary>Gets the voting method in effect, resolving the default.</summary>
    internal VotingMethod EffectiveVoting =>
        Voting ?? (Rounds.IsDefault || !Rounds.Any(r => r?.Technique == GenerationTechnique.NominalGroup) ? VotingMethod.Dots : VotingMethod.Ranked);
}
