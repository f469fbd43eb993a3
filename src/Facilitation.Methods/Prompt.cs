namespace Facilitation.Methods;

/// <summary>The question a group works on (per table, per round, or per session).</summary>
/// <remarks>Immutable; two prompts are equal when their texts (ordinal) and categories are equal.</remarks>
public sealed record Prompt
{
    /// <summary>Initializes a new prompt.</summary>
    /// <param name="text">The question, as the facilitator would write it on the table card.</param>
    /// <exception cref="ArgumentException">The text is blank, longer than <see cref="Limits.MaxPromptLength"/>, or holds control characters.</exception>
    public Prompt(string text) => Text = Identifier.CheckText(text, nameof(text), "prompt", Limits.MaxPromptLength);

    /// <summary>Gets the question text.</summary>
    public string Text { get; }

    /// <summary>Gets the resource category or theme the question explores (for example 人 or "people"), or null. A workshop gives what is written on it this category.</summary>
    /// <value>The default value is null.</value>
    /// <exception cref="ArgumentException">The category is blank, longer than <see cref="Limits.MaxNameLength"/>, or holds control characters.</exception>
    public string? Category
    {
        get;
        init => field = value is null ? null : Identifier.CheckText(value, nameof(Category), "category", Limits.MaxNameLength);
    }

    /// <summary>Converts a question text to a prompt.</summary>
    /// <param name="text">The question text.</param>
    public static implicit operator Prompt(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
