namespace Facilitation.Methods;

/// <summary>A saved session document could not be restored: it is corrupt, of an unknown format version, or describes an impossible session. No session was built.</summary>
public sealed class SessionDocumentException : FacilitationException
{
    /// <summary>Initializes a new instance of the <see cref="SessionDocumentException"/> class.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    /// <remarks>A message longer than 1,000 characters is cut, so a hostile document cannot make its own error huge (the full cause stays in <paramref name="innerException"/>).</remarks>
    internal SessionDocumentException(string message, Exception? innerException = null)
        : base(Limit(message), innerException)
    {
    }

    /// <summary>Gets the longest message this exception carries, in characters.</summary>
    /// <value>1,000.</value>
    internal static int MaxMessageLength => 1_000;

    private static string Limit(string message) =>
        message is null || message.Length <= MaxMessageLength ? message! : string.Concat(message.AsSpan(0, MaxMessageLength - 3), "...");
}
