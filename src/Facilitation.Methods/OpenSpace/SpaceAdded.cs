using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a space.</summary>
public sealed class SpaceAdded : OpenSpaceEvent
{
    [JsonConstructor] internal SpaceAdded(OpenSpaceSpace space) => Space = space;

    /// <summary>The new space.</summary>
    public OpenSpaceSpace Space { get; internal set; }
}
