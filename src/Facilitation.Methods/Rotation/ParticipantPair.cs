using System.Text.Json.Serialization;

namespace Facilitation.Methods.Rotation;

/// <summary>Two participants named together by a rule (keep apart, keep together). The order does not matter.</summary>
/// <remarks>Immutable.</remarks>
public readonly record struct ParticipantPair
{
    /// <summary>Initializes a new pair.</summary>
    /// <param name="first">One participant.</param>
    /// <param name="second">The other participant.</param>
    [JsonConstructor]
    public ParticipantPair(ParticipantId first, ParticipantId second) => (First, Second) = (first, second);

    /// <summary>Gets one participant.</summary>
    public ParticipantId First { get; }

    /// <summary>Gets the other participant.</summary>
    public ParticipantId Second { get; }

    /// <inheritdoc />
    public override string ToString() => $"('{First}', '{Second}')";
}
