using System.Globalization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>One cell of the agenda wall: a slot (numbered from 1, in time order) in a space.</summary>
/// <param name="Slot">The 1-based slot number.</param>
/// <param name="Space">The space.</param>
public readonly record struct AgendaCell(int Slot, GroupId Space)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"slot {Slot} / {Space}");
}
