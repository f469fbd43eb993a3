namespace Facilitation.Methods.Rotation;

/// <summary>Two participants named together by a rule (keep apart, keep together). The order does not matter.</summary>
/// <param name="First">One participant.</param>
/// <param name="Second">The other participant.</param>
public readonly record struct ParticipantPair(ParticipantId First, ParticipantId Second)
{
    /// <inheritdoc />
    public override string ToString() => $"('{First}', '{Second}')";
}
