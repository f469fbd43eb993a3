namespace Facilitation.Methods;

/// <summary>The base of every exception the library throws on purpose; catch it to handle all of them.</summary>
public class FacilitationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FacilitationException"/> class, for a derived exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    protected FacilitationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
