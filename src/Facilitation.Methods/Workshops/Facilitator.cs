namespace Facilitation.Methods.Workshops;

/// <summary>A person who facilitates: a chair, a lead facilitator or a co-facilitator. Blocks name their own facilitator by <see cref="Name"/>.</summary>
/// <param name="Name">The name blocks refer to; unique within the workshop.</param>
/// <param name="Role">Lead or co-facilitator.</param>
/// <remarks>Immutable.</remarks>
public sealed record Facilitator(string Name, FacilitatorRole Role = FacilitatorRole.CoFacilitator)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
