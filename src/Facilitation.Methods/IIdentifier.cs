namespace Facilitation.Methods;

/// <summary>What the JSON converter needs of every typed id: its ordinal string value, and a way to make one from text.</summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
internal interface IIdentifier<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the id as text.</summary>
    string Value { get; }

    /// <summary>Creates an id from its text, rejecting null, blank, over-long or control-character values.</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    static abstract TSelf Create(string value);
}
