using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round started; the session moved to <see cref="BrainstormPhase.Generating"/>.</summary>
public sealed class RoundStarted : BrainstormEvent
{
    [JsonConstructor] internal RoundStarted(Round round, TimeSpan duration) => (Round, Duration) = (round, duration);

    /// <summary>The round (1-based).</summary>
    public Round Round { get; internal set; }

    /// <summary>Its first timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</summary>
    public TimeSpan Duration { get; internal set; }
}
