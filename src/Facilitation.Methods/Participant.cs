using System.Collections.Immutable;

namespace Facilitation.Methods;

/// <summary>A person taking part: a stable id, a display name, and free attributes (village, department) and languages used for mixing.</summary>
/// <remarks>Immutable. Two participants are equal when their id, name, attributes and languages are equal.</remarks>
public sealed record Participant
{
    /// <summary>Initializes a new participant.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="displayName">The name shown to people; defaults to the id's text.</param>
    /// <param name="attributes">Free attributes used for mixing (for example <c>village = Qiaobei</c>); names compare ordinally.</param>
    /// <param name="languages">Languages the person speaks (for example <c>zh</c>, <c>en</c>); used by "must share a language".</param>
    /// <exception cref="ArgumentException">The id is empty, a name or attribute is invalid, or there are more than <see cref="Limits.MaxAttributes"/> attributes or languages.</exception>
    public Participant(ParticipantId id, string? displayName = null, IEnumerable<KeyValuePair<string, string>>? attributes = null, IEnumerable<string>? languages = null)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("A participant needs an id.", nameof(id));
        }

        Id = id;
        DisplayName = displayName is null ? id.Value : Identifier.CheckText(displayName, nameof(displayName), "display name", Limits.MaxNameLength);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes ?? [])
        {
            Identifier.CheckText(name, nameof(attributes), "attribute name", Limits.MaxNameLength);
            Identifier.CheckText(value, nameof(attributes), $"value of attribute '{Identifier.Shorten(name)}'", Limits.MaxNameLength);
            // Restored, many people share an attribute's name and value ("village", "v3"): one string each (IdPool).
            if (!builder.TryAdd(IdPool.Share(name), IdPool.Share(value)))
            {
                throw new ArgumentException($"The attribute '{Identifier.Shorten(name)}' is given twice.", nameof(attributes));
            }
        }

        Attributes = builder.ToImmutable();
        Languages = [.. (languages ?? []).Select(l => IdPool.Share(Identifier.CheckText(l, nameof(languages), "language", Limits.MaxNameLength))).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (Attributes.Count > Limits.MaxAttributes || Languages.Length > Limits.MaxAttributes)
        {
            throw new ArgumentException($"A participant may carry at most {Limits.MaxAttributes} attributes and {Limits.MaxAttributes} languages.", nameof(attributes));
        }
    }

    /// <summary>Gets the stable id.</summary>
    public ParticipantId Id { get; }

    /// <summary>Gets the name shown to people.</summary>
    /// <value>The default value is the id's text.</value>
    public string DisplayName { get; }

    /// <summary>Gets the free attributes, ordered by name.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableSortedDictionary<string, string> Attributes { get; }

    /// <summary>Gets the languages the person speaks (distinct, case-insensitive).</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Gets an attribute's value, or null when the participant does not have it.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The value, or null.</returns>
    public string? GetAttribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>Tells whether two people can talk: true when either lists no language, or they share one.</summary>
    /// <param name="other">The other participant.</param>
    /// <returns>True when they share a language or either lists none.</returns>
    internal bool SharesLanguageWith(Participant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Languages.IsEmpty || other.Languages.IsEmpty || Languages.Intersect(other.Languages, StringComparer.OrdinalIgnoreCase).Any();
    }

    /// <inheritdoc />
    public bool Equals(Participant? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal)
        && Attributes.SequenceEqual(other.Attributes)
        && Languages.SequenceEqual(other.Languages, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DisplayName, Attributes.Count, Languages.Length);

    /// <inheritdoc />
    public override string ToString() => DisplayName == Id.Value ? Id.Value : $"{DisplayName} ({Id.Value})";
}
