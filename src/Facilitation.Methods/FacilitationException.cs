namespace Facilitation.Methods;

/// <summary>The base of every exception the library throws on purpose; catch it to handle all of them.</summary>
public class FacilitationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FacilitationException"/> class.</summary>
    public FacilitationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FacilitationException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public FacilitationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FacilitationException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public FacilitationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
