using System.Globalization;
using FluentValidation;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Checks an <see cref="OpenSpaceDesign"/> with messages a facilitator can act on.</summary>
internal sealed class OpenSpaceDesignValidator : AbstractValidator<OpenSpaceDesign>
{
    /// <summary>Initializes a new instance of the <see cref="OpenSpaceDesignValidator"/> class.</summary>
    public OpenSpaceDesignValidator()
    {
        RuleFor(d => d.Theme).NotNull().WithMessage(_ => Text("NoTheme"));
        RuleFor(d => d.Sponsor).Must(s => s is null || Identifier.FindTextProblem(s, "sponsor", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.Sponsor, "sponsor", Limits.MaxNameLength) ?? string.Empty);
        RuleFor(d => d.FacilitatorName).Must(s => s is null || Identifier.FindTextProblem(s, "facilitator name", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.FacilitatorName, "facilitator name", Limits.MaxNameLength) ?? string.Empty);
        RuleFor(d => d.Spaces).Must(s => !s.IsDefaultOrEmpty).WithMessage(_ => Text("NoSpaces"));
        RuleFor(d => d.Spaces).Must(s => s.IsDefaultOrEmpty || s.Length <= Limits.MaxGroups)
            .WithMessage(_ => Text("TooManySpaces", Limits.MaxGroups));
        RuleFor(d => d.Spaces).Must(s => s.IsDefaultOrEmpty || s.Select(x => x?.Id).Distinct().Count() == s.Length)
            .WithMessage(_ => Text("SpaceIdTwice"));
        RuleForEach(d => d.Spaces).Must(s => s is not null && SpaceProblem(s) is null)
            .WithMessage((_, s) => s is null ? Text("SpaceMissing") : SpaceProblem(s))
            .When(d => !d.Spaces.IsDefault);
        RuleFor(d => d.Slots).Must(s => !s.IsDefaultOrEmpty).WithMessage(_ => Text("NoSlots"));
        RuleFor(d => d.Slots).Must(s => s.IsDefaultOrEmpty || s.Length <= Limits.MaxRounds)
            .WithMessage(_ => Text("TooManySlots", Limits.MaxRounds));
        RuleForEach(d => d.Slots).Must(s => s is not null && SlotProblem(s) is null)
            .WithMessage((_, s) => s is null ? Text("SlotMissing") : SlotProblem(s))
            .When(d => !d.Slots.IsDefault);
        RuleFor(d => d.Slots).Must(InOrderWithoutOverlap)
            .WithMessage(_ => Text("SlotOrder"));
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Length <= Limits.MaxParticipants)
            .WithMessage(_ => Text("TooManyPeople", Limits.MaxParticipants));
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.All(x => x is not null))
            .WithMessage(_ => Text("PersonMissing"));
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Select(x => x?.Id).Distinct().Count() == p.Length)
            .WithMessage(_ => Text("PersonIdTwice"));
        RuleFor(d => d.NewsroomCoordinator).Must((d, c) => c is null || (!d.Participants.IsDefault && d.Participants.Any(p => p?.Id == c)))
            .WithMessage(d => Text("CoordinatorUnknown", d.NewsroomCoordinator));
        RuleFor(d => d.DotsPerParticipant).InclusiveBetween(1, OpenSpaceDefaults.MaxDotsPerParticipant)
            .WithMessage(_ => Text("Dots", OpenSpaceDefaults.MaxDotsPerParticipant));
    }

    internal static string? SpaceProblem(OpenSpaceSpace space)
    {
        var idProblem = Identifier.FindProblem(space.Id.Value.Length == 0 ? null : space.Id.Value, "space");
        if (idProblem is not null)
        {
            return idProblem;
        }

        var nameProblem = Identifier.FindTextProblem(space.Name, Text("SpaceNameOf", space.Id), Limits.MaxNameLength);
        if (nameProblem is not null)
        {
            return nameProblem;
        }

        return space.Capacity is < 1 or > OpenSpaceDefaults.MaxSpaceCapacity
            ? Text("SpaceCapacity", space.Id, OpenSpaceDefaults.MaxSpaceCapacity, space.Capacity)
            : null;
    }

    internal static string? SlotProblem(OpenSpaceSlot slot) =>
        slot.Length <= TimeSpan.Zero || slot.Length > OpenSpaceDefaults.MaxSlotLength || slot.Start > DateTimeOffset.MaxValue - slot.Length
            ? Text("SlotLength", slot.Start, slot.Length)
            : null;

    /// <summary>Gets a message in the current UI culture (FluentValidation's own messages follow the same culture).</summary>
    private static string Text(string key, params object?[] args) => TextCatalog.Core.Format(CultureInfo.CurrentUICulture, "OpenSpace." + key, args);

    private static bool InOrderWithoutOverlap(System.Collections.Immutable.ImmutableArray<OpenSpaceSlot> slots)
    {
        if (slots.IsDefaultOrEmpty)
        {
            return true;
        }

        for (var i = 1; i < slots.Length; i++)
        {
            // Compared as differences: a slot whose end lies beyond DateTimeOffset.MaxValue is its own error (SlotLength), not a crash here.
            if (slots[i] is null || slots[i - 1] is null || slots[i].Start - slots[i - 1].Start < slots[i - 1].Length)
            {
                return false;
            }
        }

        return true;
    }
}
