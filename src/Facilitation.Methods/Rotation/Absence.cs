using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>The rounds in which a participant is not present (late arrival, early departure); they are seated nowhere in those rounds.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Absence
{
    /// <summary>Initializes a new absence.</summary>
    /// <param name="participant">The participant who is away.</param>
    /// <param name="rounds">The 1-based round numbers in which they are away.</param>
    public Absence(ParticipantId participant, ImmutableArray<int> rounds) => (Participant, Rounds) = (participant, rounds.IsDefault ? [] : rounds);

    /// <summary>Gets the participant who is away.</summary>
    public ParticipantId Participant { get; }

    /// <summary>Gets the 1-based round numbers in which the participant is away.</summary>
    /// <value>An unset (default) array counts as empty.</value>
    public ImmutableArray<int> Rounds { get; }
}
