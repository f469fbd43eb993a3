using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting ended; the ranking is computed from the recorded ballots.</summary>
public sealed class VotingEnded : BrainstormEvent
{
    [JsonConstructor] internal VotingEnded(BrainstormResult result) => Result = result;

    /// <summary>The ranking.</summary>
    public BrainstormResult Result { get; internal set; }
}
