using FluentValidation;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Checks an <see cref="OpenSpaceDesign"/> with messages a facilitator can act on.</summary>
public sealed class OpenSpaceDesignValidator : AbstractValidator<OpenSpaceDesign>
{
    /// <summary>Initializes a new instance of the <see cref="OpenSpaceDesignValidator"/> class.</summary>
    public OpenSpaceDesignValidator()
    {
        RuleFor(d => d.Theme).NotNull().WithMessage("Give the event a theme: the focusing question people are invited to.");
        RuleFor(d => d.Sponsor).Must(s => s is null || Identifier.FindTextProblem(s, "sponsor", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.Sponsor, "sponsor", Limits.MaxNameLength) ?? string.Empty);
        RuleFor(d => d.FacilitatorName).Must(s => s is null || Identifier.FindTextProblem(s, "facilitator name", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.FacilitatorName, "facilitator name", Limits.MaxNameLength) ?? string.Empty);
        RuleFor(d => d.Spaces).Must(s => !s.IsDefaultOrEmpty).WithMessage("Add at least one space to the agenda wall.");
        RuleFor(d => d.Spaces).Must(s => s.IsDefaultOrEmpty || s.Length <= Limits.MaxGroups)
            .WithMessage($"An event may have at most {Limits.MaxGroups} spaces.");
        RuleFor(d => d.Spaces).Must(s => s.IsDefaultOrEmpty || s.Select(x => x?.Id).Distinct().Count() == s.Length)
            .WithMessage("Two spaces share an id; give every space its own id.");
        RuleForEach(d => d.Spaces).Must(s => s is not null && SpaceProblem(s) is null)
            .WithMessage((_, s) => s is null ? "A space is missing (null)." : SpaceProblem(s))
            .When(d => !d.Spaces.IsDefault);
        RuleFor(d => d.Slots).Must(s => !s.IsDefaultOrEmpty).WithMessage("Add at least one time slot to the agenda wall.");
        RuleFor(d => d.Slots).Must(s => s.IsDefaultOrEmpty || s.Length <= Limits.MaxRounds)
            .WithMessage($"An event may have at most {Limits.MaxRounds} slots.");
        RuleForEach(d => d.Slots).Must(s => s is not null && SlotProblem(s) is null)
            .WithMessage((_, s) => s is null ? "A slot is missing (null)." : SlotProblem(s))
            .When(d => !d.Slots.IsDefault);
        RuleFor(d => d.Slots).Must(InOrderWithoutOverlap)
            .WithMessage("List the slots in time order without overlaps: each slot must start at or after the end of the one before.");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Length <= Limits.MaxParticipants)
            .WithMessage($"An event may have at most {Limits.MaxParticipants} participants.");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.All(x => x is not null))
            .WithMessage("A participant is missing (null).");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Select(x => x?.Id).Distinct().Count() == p.Length)
            .WithMessage("Two participants share an id; give everyone their own id.");
        RuleFor(d => d.NewsroomCoordinator).Must((d, c) => c is null || (!d.Participants.IsDefault && d.Participants.Any(p => p?.Id == c)))
            .WithMessage(d => $"The newsroom coordinator '{d.NewsroomCoordinator}' is not one of the participants; add them or choose someone else.");
        RuleFor(d => d.DotsPerParticipant).InclusiveBetween(1, OpenSpaceDefaults.MaxDotsPerParticipant)
            .WithMessage($"Give each participant between 1 and {OpenSpaceDefaults.MaxDotsPerParticipant} dots for convergence.");
    }

    internal static string? SpaceProblem(OpenSpaceSpace space)
    {
        var idProblem = Identifier.FindProblem(space.Id.Value.Length == 0 ? null : space.Id.Value, "space");
        if (idProblem is not null)
        {
            return idProblem;
        }

        var nameProblem = Identifier.FindTextProblem(space.Name, $"name of space '{space.Id}'", Limits.MaxNameLength);
        if (nameProblem is not null)
        {
            return nameProblem;
        }

        return space.Capacity is < 1 or > OpenSpaceDefaults.MaxSpaceCapacity
            ? $"Space '{space.Id}' needs a capacity between 1 and {OpenSpaceDefaults.MaxSpaceCapacity}, not {space.Capacity}."
            : null;
    }

    internal static string? SlotProblem(OpenSpaceSlot slot) =>
        slot.Length <= TimeSpan.Zero || slot.Length > OpenSpaceDefaults.MaxSlotLength
            ? $"The slot starting {slot.Start:u} must last more than zero and at most a day, not {slot.Length}."
            : null;

    private static bool InOrderWithoutOverlap(System.Collections.Immutable.ImmutableArray<OpenSpaceSlot> slots)
    {
        if (slots.IsDefaultOrEmpty)
        {
            return true;
        }

        for (var i = 1; i < slots.Length; i++)
        {
            if (slots[i] is null || slots[i - 1] is null || slots[i].Start < slots[i - 1].End)
            {
                return false;
            }
        }

        return true;
    }
}
