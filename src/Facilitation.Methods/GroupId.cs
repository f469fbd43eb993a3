using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>The id of a group (a café table, an open-space space, a brainstorm team). Any Unicode text (for example <c>"村委会主任-07"</c>); compared ordinally.</summary>
/// <remarks>The default value has no text; use it only as "no id".</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<GroupId>))]
public readonly record struct GroupId : IIdentifier<GroupId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id text: not blank, at most <see cref="Limits.MaxIdLength"/> characters, no control characters.</param>
    /// <exception cref="ArgumentException">The text is not a valid id.</exception>
    public GroupId(string value) => _value = Identifier.Check(value, nameof(value), "group");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <summary>Converts text to an id.</summary>
    /// <param name="value">The id text.</param>
    public static implicit operator GroupId(string value) => new(value);

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(GroupId left, GroupId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(GroupId left, GroupId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(GroupId left, GroupId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(GroupId left, GroupId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public static GroupId Create(string value) => new(value);

    /// <summary>Creates an id from its text (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    public static GroupId FromString(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(GroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public bool Equals(GroupId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
