namespace Facilitation.Methods.OpenSpace;

/// <summary>A breakout space on the agenda wall: a room, a corner, a spot under a tree.</summary>
/// <remarks>Immutable.</remarks>
public sealed class OpenSpaceSpace
{
    /// <summary>Initializes a new instance of the <see cref="OpenSpaceSpace"/> class.</summary>
    /// <param name="id">The space's id, unique within the event.</param>
    /// <param name="name">The name people see on the wall (for example "祠堂 — ancestral hall").</param>
    /// <param name="capacity">The most people who fit (at least 1).</param>
    /// <param name="isAccessible">Whether the space can be reached without steps (wheelchair, pram).</param>
    public OpenSpaceSpace(GroupId id, string name, int capacity, bool isAccessible = true) => (Id, Name, Capacity, IsAccessible) = (id, name, capacity, isAccessible);

    /// <summary>The space's id, unique within the event.</summary>
    public GroupId Id { get; }

    /// <summary>The name people see on the wall (for example "祠堂 — ancestral hall").</summary>
    public string Name { get; }

    /// <summary>The most people who fit (at least 1).</summary>
    public int Capacity { get; }

    /// <summary>Whether the space can be reached without steps (wheelchair, pram).</summary>
    public bool IsAccessible { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
