using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>The id of a person taking part: stable across rounds and sessions. Any Unicode text (for example <c>"村委会主任-07"</c>); compared ordinally.</summary>
/// <remarks>The default value has no text; use it only as "no id".</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ParticipantId>))]
public readonly record struct ParticipantId : IIdentifier<ParticipantId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id text: not blank, at most <see cref="Limits.MaxIdLength"/> characters, no control characters.</param>
    /// <exception cref="ArgumentException">The text is not a valid id.</exception>
    public ParticipantId(string value) => _value = Identifier.Check(value, nameof(value), "participant");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <summary>Converts text to an id.</summary>
    /// <param name="value">The id text.</param>
    public static implicit operator ParticipantId(string value) => new(value);

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ParticipantId left, ParticipantId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ParticipantId left, ParticipantId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ParticipantId left, ParticipantId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ParticipantId left, ParticipantId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public static ParticipantId Create(string value) => new(value);

    /// <summary>Creates an id from its text (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    public static ParticipantId FromString(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(ParticipantId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public bool Equals(ParticipantId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
