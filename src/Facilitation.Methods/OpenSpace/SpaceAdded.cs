namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a space.</summary>
/// <param name="Space">The new space.</param>
public sealed record SpaceAdded(OpenSpaceSpace Space) : OpenSpaceEvent;
