namespace Facilitation.Methods.Workshops;

/// <summary>A person who facilitates: a chair, a lead facilitator or a co-facilitator. Blocks name their own facilitator by <see cref="Name"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Facilitator
{
    /// <summary>Initializes a new instance of the <see cref="Facilitator"/> class.</summary>
    /// <param name="name">The name blocks refer to; unique within the workshop.</param>
    /// <param name="role">Lead or co-facilitator.</param>
    public Facilitator(string name, FacilitatorRole role = FacilitatorRole.CoFacilitator) => (Name, Role) = (name, role);

    /// <summary>The name blocks refer to; unique within the workshop.</summary>
    public string Name { get; }

    /// <summary>Lead or co-facilitator.</summary>
    public FacilitatorRole Role { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
