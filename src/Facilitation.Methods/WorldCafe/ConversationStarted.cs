namespace Facilitation.Methods.WorldCafe;

/// <summary>The timed conversation started.</summary>
/// <param name="Round">The round.</param>
/// <param name="Time">The round's timebox.</param>
public sealed record ConversationStarted(Round Round, Timebox Time) : WorldCafeEvent;
