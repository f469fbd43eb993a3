using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's current timebox was lengthened (positive) or shortened (negative).</summary>
public sealed class RoundExtended : BrainstormEvent
{
    [JsonConstructor] internal RoundExtended(Round round, TimeSpan change) => (Round, Change) = (round, change);

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; }
}
