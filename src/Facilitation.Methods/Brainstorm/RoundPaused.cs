using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's timebox was paused: it stands still until it is resumed.</summary>
public sealed class RoundPaused : BrainstormEvent
{
    [JsonConstructor] internal RoundPaused(Round round) => Round = round;

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }
}
