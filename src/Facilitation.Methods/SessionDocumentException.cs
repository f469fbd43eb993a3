namespace Facilitation.Methods;

/// <summary>A saved session document could not be restored: it is corrupt, of an unknown format version, or describes an impossible session. No session was built.</summary>
public sealed class SessionDocumentException : FacilitationException
{
    /// <summary>Initializes a new instance of the <see cref="SessionDocumentException"/> class.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public SessionDocumentException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
