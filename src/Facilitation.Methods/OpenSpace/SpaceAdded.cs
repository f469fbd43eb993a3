namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a space.</summary>
/// <param name="space">The new space.</param>
public sealed class SpaceAdded(OpenSpaceSpace space) : OpenSpaceEvent
{
    /// <summary>The new space.</summary>
    public OpenSpaceSpace Space { get; internal set; } = space;
}
