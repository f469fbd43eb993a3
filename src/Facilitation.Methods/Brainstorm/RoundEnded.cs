using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round ended (by the facilitator, or by the timer when its actor is <see cref="Actor.System"/>).</summary>
public sealed class RoundEnded : BrainstormEvent
{
    [JsonConstructor] internal RoundEnded(Round round, int ideas) => (Round, Ideas) = (round, ideas);

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>How many ideas the round produced.</summary>
    public int Ideas { get; internal set; }
}
