using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>The rounds in which a participant is not present (late arrival, early departure); they are seated nowhere in those rounds.</summary>
/// <param name="Participant">The participant who is away.</param>
/// <param name="Rounds">The 1-based round numbers in which they are away.</param>
public sealed record Absence(ParticipantId Participant, ImmutableArray<int> Rounds)
{
    /// <summary>Gets the 1-based round numbers in which the participant is away.</summary>
    /// <value>An unset (default) array counts as empty.</value>
    public ImmutableArray<int> Rounds { get; init; } = Rounds.IsDefault ? [] : Rounds;

    /// <inheritdoc />
    public bool Equals(Absence? other) => other is not null && Participant == other.Participant && Rounds.AsSpan().SequenceEqual(other.Rounds.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Participant, Rounds.IsDefault ? 0 : Rounds.Length);
}
