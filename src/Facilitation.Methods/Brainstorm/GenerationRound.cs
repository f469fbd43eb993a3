using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>One planned generation round: its technique, question, time and anonymity.</summary>
/// <remarks>Immutable.</remarks>
public sealed class GenerationRound
{
    /// <summary>Initializes a new round plan.</summary>
    /// <param name="technique">How ideas are generated.</param>
    /// <param name="prompt">The question, or null for the design's question.</param>
    public GenerationRound(GenerationTechnique technique = GenerationTechnique.Open, Prompt? prompt = null)
    {
        Technique = technique;
        Prompt = prompt;
    }

    /// <summary>Gets how ideas are generated.</summary>
    /// <value>The default value is <see cref="GenerationTechnique.Open"/>.</value>
    public GenerationTechnique Technique { get; init; }

    /// <summary>Gets the round's question.</summary>
    /// <value>The default value is null: the design's <see cref="BrainstormDesign.Prompt"/>.</value>
    [JsonConverter(typeof(PromptTextConverter))]
    public Prompt? Prompt { get; init; }

    /// <summary>Gets the round's time; for brainwriting the time per sheet pass, for 1-2-4-All the time per step.</summary>
    /// <value>The default value is five minutes.</value>
    public TimeSpan Duration { get; init; } = BrainstormDefaults.RoundDuration;

    /// <summary>Gets a value indicating whether a person may pass their turn (round-robin and nominal group rounds).</summary>
    /// <value>The default value is true.</value>
    public bool AllowPassing { get; init; } = BrainstormDefaults.AllowPassing;

    /// <summary>Gets a value indicating whether this round's ideas are anonymous: their author is never stored, raised in events or exported.</summary>
    /// <value>The default value is false.</value>
    public bool Anonymous { get; init; }

    /// <summary>Gets how many ideas a person may write on the sheet they hold, per pass (brainwriting).</summary>
    /// <value>The default value is 3.</value>
    public int IdeasPerSheet { get; init; } = BrainstormDefaults.IdeasPerSheet;

    /// <summary>Gets the largest brainwriting team; people are split into as few teams as this allows, sizes differing by at most one.</summary>
    /// <value>The default value is 6.</value>
    public int TeamSize { get; init; } = BrainstormDefaults.TeamSize;
}
