using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>The id of a contribution (a note, an idea, a report). Any Unicode text (for example <c>"村委会主任-07"</c>); compared ordinally.</summary>
/// <remarks>The default value has no text; use it only as "no id".</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ContributionId>))]
[SuppressMessage("Design", "CA1036:Override methods on comparable types", Justification = "Ids are ordered for sorted collections and stable output only; which of two ids is \"less\" means nothing to a host, so there are no ordering operators.")]
public readonly record struct ContributionId : IComparable<ContributionId>, IIdentifier<ContributionId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id text: not blank, at most <see cref="Limits.MaxIdLength"/> characters, no control characters.</param>
    /// <exception cref="ArgumentException">The text is not a valid id.</exception>
    public ContributionId(string value) => _value = Identifier.Check(value, nameof(value), "contribution");

    // An id the library made itself ("c17"), which the checks would only confirm.
    private ContributionId(ReadOnlySpan<char> made) => _value = new string(made);

    /// <summary>Gets the id as text, exactly as given (any Unicode; compared ordinally).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Makes the id of the <paramref name="number"/>th contribution of a session, <c>c&lt;number&gt;</c>, without checking it again.</summary>
    internal static ContributionId Numbered(int number)
    {
        Span<char> text = stackalloc char[12];
        text[0] = 'c';
        number.TryFormat(text[1..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        return new ContributionId(text[..(digits + 1)]);
    }

    /// <summary>Converts text to an id.</summary>
    /// <param name="value">The id text.</param>
    public static implicit operator ContributionId(string value) => new(value);

    /// <inheritdoc />
    static ContributionId IIdentifier<ContributionId>.Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(ContributionId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
