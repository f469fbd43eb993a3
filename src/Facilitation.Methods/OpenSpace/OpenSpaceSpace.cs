namespace Facilitation.Methods.OpenSpace;

/// <summary>A breakout space on the agenda wall: a room, a corner, a spot under a tree.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The space's id, unique within the event.</param>
/// <param name="Name">The name people see on the wall (for example "祠堂 — ancestral hall").</param>
/// <param name="Capacity">The most people who fit (at least 1).</param>
/// <param name="IsAccessible">Whether the space can be reached without steps (wheelchair, pram).</param>
public sealed record OpenSpaceSpace(GroupId Id, string Name, int Capacity, bool IsAccessible = true)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
