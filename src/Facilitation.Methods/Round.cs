using System.Globalization;

namespace Facilitation.Methods;

/// <summary>One time-boxed period in which everyone present sits in exactly one group, numbered from 1 as facilitators count.</summary>
public readonly record struct Round : IComparable<Round>
{
    /// <summary>Initializes a new round number.</summary>
    /// <param name="number">The 1-based round number (1 to <see cref="Limits.MaxRounds"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 1..<see cref="Limits.MaxRounds"/>.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public Round(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Limits.MaxRounds);
        Number = number;
    }

    /// <summary>Gets the first round.</summary>
    public static Round First => new(1);

    /// <summary>Gets the 1-based number.</summary>
    public int Number { get; }

    /// <summary>Gets the 0-based position, for indexing lists of rounds.</summary>
    public int Index => Number - 1;

    /// <summary>Compares two rounds by number.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    public static bool operator <(Round left, Round right) => left.Number < right.Number;

    /// <summary>Compares two rounds by number.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    public static bool operator >(Round left, Round right) => left.Number > right.Number;

    /// <summary>Compares two rounds by number.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    public static bool operator <=(Round left, Round right) => left.Number <= right.Number;

    /// <summary>Compares two rounds by number.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    public static bool operator >=(Round left, Round right) => left.Number >= right.Number;

    /// <summary>Gets the round after this one.</summary>
    /// <returns>The next round.</returns>
    public Round Next() => new(Number + 1);

    /// <inheritdoc />
    public int CompareTo(Round other) => Number.CompareTo(other.Number);

    /// <inheritdoc />
    public override string ToString() => "Round " + Number.ToString(CultureInfo.InvariantCulture);
}
