using System.Globalization;

namespace Facilitation.Methods.Printing;

/// <summary>How printables are written: the language, and the clock times that route cards show.</summary>
/// <remarks>Immutable. Every printable takes one; <see langword="null"/> means the defaults below.</remarks>
public sealed record PrintOptions
{
    /// <summary>Gets the language of every label, and the number and date formats.</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="CultureInfo.CurrentUICulture"/> at the time of printing. English and Simplified Chinese (<c>zh-CN</c>) are built in; any other culture falls back to its parent, then to English.</value>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets when the first round starts, so route cards and rosters can show each round's clock time.</summary>
    /// <value>The default value is <see langword="null"/>: rounds show their length instead of a clock time.</value>
    public DateTimeOffset? FirstRoundStart { get; init; }

    /// <summary>Gets the pause between two rounds (people moving to their next table).</summary>
    /// <value>The default value is five minutes.</value>
    public TimeSpan BreakBetweenRounds { get; init; } = TimeSpan.FromMinutes(5);
}
