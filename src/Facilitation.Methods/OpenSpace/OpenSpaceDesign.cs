using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>What the facilitator prepares before an Open Space event: the theme, the spaces and slots of the agenda wall, the people and their roles.</summary>
/// <remarks>
/// An option object: set what you need, leave the rest at its default. <see cref="OpenSpaceSession.Create"/> validates it with
/// the rules <see cref="OpenSpaceSession.Check"/> lists and copies it, so later changes by the caller change nothing. The agenda always starts
/// empty: only participants create sessions.
/// </remarks>
public sealed record OpenSpaceDesign
{
    /// <summary>Gets the theme: the focusing question everyone is invited to.</summary>
    /// <value>The default value is null, which the validator refuses: every event needs a theme.</value>
    public Prompt? Theme { get; init; }

    /// <summary>Gets the sponsor: who called the event and will receive its proceedings.</summary>
    /// <value>The default value is null: no sponsor named.</value>
    public string? Sponsor { get; init; }

    /// <summary>Gets the facilitator's name, as printed in the proceedings.</summary>
    /// <value>The default value is null: no name printed.</value>
    public string? FacilitatorName { get; init; }

    /// <summary>Gets the newsroom coordinator, who may share news besides the facilitator; must be one of <see cref="Participants"/>.</summary>
    /// <value>The default value is null: only the facilitator shares news.</value>
    public ParticipantId? NewsroomCoordinator { get; init; }

    /// <summary>Gets the spaces of the agenda wall (more may be added in the marketplace).</summary>
    /// <value>The default value is empty, which the validator refuses: at least one space is needed.</value>
    public ImmutableArray<OpenSpaceSpace> Spaces { get; init; } = [];

    /// <summary>Gets the time slots, in time order and not overlapping; slots on several calendar days make a multi-day event.</summary>
    /// <value>The default value is empty, which the validator refuses: at least one slot is needed.</value>
    public ImmutableArray<OpenSpaceSlot> Slots { get; init; } = [];

    /// <summary>Gets the people invited (more may register on the day).</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Participant> Participants { get; init; } = [];

    /// <summary>Gets the co-facilitators: people who may send every facilitator command, as <c>Actor.ForCoFacilitator(id)</c>, next to the lead facilitator.</summary>
    /// <value>The default value is empty: only <see cref="Actor.Facilitator"/> facilitates.</value>
    [JsonIgnore]
    public ImmutableArray<ParticipantId> CoFacilitators { get; init; } = [];

    /// <summary>Gets or initializes the co-facilitators as saved documents hold them (left out when there are none, so documents without them read alike).</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("coFacilitators")]
    internal ImmutableArray<ParticipantId>? SavedCoFacilitators
    {
        get => CoFacilitators.IsDefaultOrEmpty ? null : CoFacilitators;
        init => CoFacilitators = value ?? [];
    }

    /// <summary>Gets how many dots each participant may place in convergence (several may go on one issue).</summary>
    /// <value>The default value is 3.</value>
    public int DotsPerParticipant { get; init; } = OpenSpaceDefaults.DotsPerParticipant;

    /// <summary>Gets a value indicating whether the event spans more than one calendar day.</summary>
    [JsonIgnore]
    internal bool IsMultiDay => Slots.IsDefaultOrEmpty is false && Slots.Select(s => s.Day).Distinct().Skip(1).Any();
}
