namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting ended; the ranking is computed from the recorded ballots.</summary>
/// <param name="Result">The ranking.</param>
public sealed record VotingEnded(BrainstormResult Result) : BrainstormEvent;
