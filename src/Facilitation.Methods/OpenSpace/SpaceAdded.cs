using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a space.</summary>
public sealed class SpaceAdded : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="space">The new space.</param>
    [JsonConstructor]
    internal SpaceAdded(OpenSpaceSpace space)
    {
        Space = space;
    }

    /// <summary>The new space.</summary>
    public OpenSpaceSpace Space { get; internal set; }
}
