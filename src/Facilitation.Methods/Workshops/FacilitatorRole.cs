namespace Facilitation.Methods.Workshops;

/// <summary>A facilitator's part in the whole workshop.</summary>
public enum FacilitatorRole
{
    /// <summary>The lead facilitator, who holds the whole programme.</summary>
    Lead = 0,

    /// <summary>A co-facilitator, who leads some blocks.</summary>
    CoFacilitator = 1,
}
