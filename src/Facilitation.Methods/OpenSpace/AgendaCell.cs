using System.Globalization;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>One cell of the agenda wall: a slot (numbered from 1, in time order) in a space.</summary>
/// <remarks>Immutable; two cells are equal when they name the same slot and space.</remarks>
public readonly record struct AgendaCell
{
    /// <summary>Initializes a new cell.</summary>
    /// <param name="slot">The 1-based slot number.</param>
    /// <param name="space">The space.</param>
    [JsonConstructor]
    public AgendaCell(int slot, GroupId space) => (Slot, Space) = (slot, space);

    /// <summary>Gets the 1-based slot number.</summary>
    public int Slot { get; }

    /// <summary>Gets the space.</summary>
    public GroupId Space { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"slot {Slot} / {Space}");
}
