using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea in a brainstorm. Ideas are never deleted: a duplicate is marked, and clusters only refer to ideas.</summary>
/// <remarks>Immutable. An anonymous idea has no <see cref="Author"/>; the session never stores who wrote it.</remarks>
public sealed class Idea
{
    [JsonConstructor] internal Idea(ContributionId id, string text, Round round, DateTimeOffset recordedAt) =>
        (Id, Text, Round, RecordedAt) = (id, text, round, recordedAt);

    /// <summary>Gets the idea's id, given by the session ("idea-1", "idea-2", ...).</summary>
    public ContributionId Id { get; }

    /// <summary>Gets what was written.</summary>
    public string Text { get; }

    /// <summary>Gets the generation round it came from.</summary>
    public Round Round { get; }

    /// <summary>Gets when it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>Gets who wrote it.</summary>
    /// <value>The default value is null: anonymous, or recorded for the whole group.</value>
    [JsonInclude] public ParticipantId? Author { get; internal init; }

    /// <summary>Gets the framing category it is tagged with.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public string? Category { get; internal init; }

    /// <summary>Gets the idea it builds on ("yes, and…"; in brainwriting, an idea above it on the same sheet).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public ContributionId? BuildsOn { get; internal init; }

    /// <summary>Gets the team it came from (a brainwriting team, a 1-2-4-All pair or four).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public GroupId? Team { get; internal init; }

    /// <summary>Gets the brainwriting sheet it was written on (1-based within its team: the sheet its first holder started).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public int? Sheet { get; internal init; }

    /// <summary>Gets the brainwriting pass it was written in, 1-based (1 on one's own sheet).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public int? Pass { get; internal init; }

    /// <summary>Gets the 1-2-4-All step it was written in.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public OneTwoFourAllStep? Step { get; internal init; }

    /// <summary>Gets the clarifications recorded in the clarifying phase, in order.</summary>
    /// <value>The default value is empty.</value>
    [JsonInclude] public ImmutableArray<string> Clarifications { get; internal set => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the idea this one duplicates; a duplicate stays in the record but is not on the ballot.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude] public ContributionId? DuplicateOf { get; internal set; }

    /// <summary>Gets a value indicating whether the idea is anonymous.</summary>
    public bool IsAnonymous => Author is null;

    /// <summary>Converts the idea to the shared <see cref="Contribution"/> vocabulary (for harvests).</summary>
    /// <returns>The contribution.</returns>
    internal Contribution ToContribution() =>
        new(Id, ContributionKind.Idea, Text, RecordedAt, Author, Team, Round) { BuildsOn = BuildsOn, Category = Category };

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Text}";

    /// <summary>Returns a copy with one more clarification.</summary>
    internal Idea Clarified(string clarification)
    {
        var copy = (Idea)MemberwiseClone();
        copy.Clarifications = Clarifications.Add(clarification);
        return copy;
    }

    /// <summary>Returns a copy marked as a duplicate of another idea.</summary>
    internal Idea MarkedDuplicateOf(ContributionId original)
    {
        var copy = (Idea)MemberwiseClone();
        copy.DuplicateOf = original;
        return copy;
    }
}
