using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's paused timebox runs again, with the time it had left when paused.</summary>
public sealed class RoundResumed : BrainstormEvent
{
    [JsonConstructor] internal RoundResumed(Round round) => Round = round;

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }
}
