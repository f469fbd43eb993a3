namespace Facilitation.Methods.Workshops;

/// <summary>An organisation behind the workshop, with its role in the words of the host (for example 主办 host, 承办 organiser, 协办 co-organiser).</summary>
/// <remarks>Immutable. <see cref="WorkshopSession.Check"/> checks both texts.</remarks>
public sealed class Organiser
{
    /// <summary>Initializes a new instance of the <see cref="Organiser"/> class.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="role">A free role label; the library gives it no meaning.</param>
    public Organiser(string name, string role) => (Name, Role) = (name, role);

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>A free role label; the library gives it no meaning.</summary>
    public string Role { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Role})";
}
