namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting ended; the ranking is computed from the recorded ballots.</summary>
/// <param name="result">The ranking.</param>
public sealed class VotingEnded(BrainstormResult result) : BrainstormEvent
{
    /// <summary>The ranking.</summary>
    public BrainstormResult Result { get; internal set; } = result;
}
