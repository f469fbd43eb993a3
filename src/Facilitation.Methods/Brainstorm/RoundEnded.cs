namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round ended (by the facilitator, or by the timer when its actor is <see cref="Actor.System"/>).</summary>
/// <param name="Round">The round.</param>
/// <param name="Ideas">How many ideas the round produced.</param>
public sealed record RoundEnded(Round Round, int Ideas) : BrainstormEvent;
