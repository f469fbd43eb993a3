using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>The id of a contribution (a note, an idea, a report). Any Unicode text (for example <c>"村委会主任-07"</c>); compared ordinally.</summary>
/// <remarks>The default value has no text; use it only as "no id".</remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ContributionId>))]
[SuppressMessage("Design", "CA1036:Override methods on comparable types", Justification = "Ids are ordered for sorted collections and stable output only; which of two ids is \"less\" means nothing to a host, so there are no ordering operators.")]
public readonly record struct ContributionId : IComparable<ContributionId>, IIdentifier<ContributionId>
{
    // The numbered ids c1 to c100000 (a café's most contributions) are shared, made as sessions first need them, a block of 1,024 at a
    // time: about 40 KB a block, and 4 MB for the process only once some café has reached 100,000 contributions.
    private const int SharedNumbers = WorldCafe.WorldCafeConstants.MaxContributions;
    private const int BlockLength = 1024;

    private static readonly ContributionId[]?[] SharedIds = new ContributionId[]?[(SharedNumbers + BlockLength - 1) / BlockLength];

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
    /// <remarks>The first <see cref="SharedNumbers"/> ids are made once per process and shared by every session: a café keeps its notes' ids,
    /// and each session making its own "c1", "c2", … cost every note 32 bytes or more, kept as long as the session.</remarks>
    internal static ContributionId Numbered(int number)
    {
        if ((uint)(number - 1) >= SharedNumbers)
        {
            return Make(number);
        }

        // A race makes the same block or id twice, and one of the two stays: both have the same texts.
        var index = number - 1;
        var block = SharedIds[index / BlockLength] ??= new ContributionId[BlockLength];
        ref var shared = ref block[index % BlockLength];
        if (shared._value is null)
        {
            shared = Make(number);
        }

        return shared;
    }

    private static ContributionId Make(int number)
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
