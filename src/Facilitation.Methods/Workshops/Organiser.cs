namespace Facilitation.Methods.Workshops;

/// <summary>An organisation behind the workshop, with its role in the words of the host (for example 主办 host, 承办 organiser, 协办 co-organiser).</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Role">A free role label; the library gives it no meaning.</param>
/// <remarks>Immutable. <see cref="WorkshopDesignValidator"/> checks both texts.</remarks>
public sealed record Organiser(string Name, string Role)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Role})";
}
