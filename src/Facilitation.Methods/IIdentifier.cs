namespace Facilitation.Methods;

/// <summary>What every strongly typed id in the library has in common: an ordinal, Unicode string value.</summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the id as text, exactly as given (any Unicode; compared ordinally).</summary>
    string Value { get; }

    /// <summary>Creates an id from its text, rejecting null, blank, over-long or control-character values.</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    static abstract TSelf Create(string value);
}
