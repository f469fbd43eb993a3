namespace Facilitation.Methods.Storage;

/// <summary>A session store could not do what was asked: the store is unreadable or refused the operation. The message says what and where.</summary>
public class SessionStoreException : FacilitationException
{
    /// <summary>Initializes a new instance of the <see cref="SessionStoreException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public SessionStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
