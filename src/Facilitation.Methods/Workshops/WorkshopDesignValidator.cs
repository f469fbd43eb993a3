using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;
using FluentValidation;
using FluentValidation.Results;

namespace Facilitation.Methods.Workshops;

/// <summary>Checks a <see cref="WorkshopDesign"/>: errors for a programme that cannot run, warnings (<see cref="Severity.Warning"/>) for what a facilitator should look at. Every message names the block or day and says what to change.</summary>
/// <remarks>
/// <para>Errors: an invalid title, organiser, facilitator or block text; no days; two days on one date; a day that ends before it starts; a duplicate person on the roster or a duplicate block id;
/// a block of zero or negative length or on none of the days; overlapping blocks; a method block whose rounds and the moves between them do not fit its slot
/// ("the café needs 95 minutes; the block has 80"); an Open Space slot outside its block; a block's participants (or its method design's participants) not on the roster;
/// a block naming a facilitator who is not among the facilitators; an error of the method design itself (the method's own validator).</para>
/// <para>Warnings: a day whose blocks start earlier or end later than planned (the day is longer than planned); a method block that names no facilitator; no lead facilitator; the method design's own warnings.</para>
/// Stateless and thread-safe; one instance can be shared.
/// </remarks>
public sealed class WorkshopDesignValidator : AbstractValidator<WorkshopDesign>
{
    /// <summary>Initializes a new instance of the <see cref="WorkshopDesignValidator"/> class.</summary>
    public WorkshopDesignValidator()
    {
        RuleFor(d => d).Custom(Check);
    }

    /// <summary>Validates a design and throws <see cref="InvalidDesignException"/> listing every error when it cannot run; warnings do not throw.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The warnings, one sentence each.</returns>
    internal static ImmutableArray<string> EnsureValid(WorkshopDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var result = new WorkshopDesignValidator().Validate(design);
        var errors = result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDesignException("workshop design", errors);
        }

        return [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)];
    }

    private static void Check(WorkshopDesign d, ValidationContext<WorkshopDesign> context)
    {
        void Error(string property, string message) => context.AddFailure(new ValidationFailure(property, message));
        void Warn(string property, string message) => context.AddFailure(new ValidationFailure(property, message) { Severity = Severity.Warning });

        if (Identifier.FindTextProblem(d.Title, "workshop title", Limits.MaxNameLength) is { } titleProblem)
        {
            Error(nameof(d.Title), titleProblem);
        }

        var organisers = d.Organisers.IsDefault ? [] : d.Organisers;
        var facilitators = d.Facilitators.IsDefault ? [] : d.Facilitators;
        var roster = d.Participants.IsDefault ? [] : d.Participants;
        var days = d.Days.IsDefault ? [] : d.Days;
        var blocks = d.Blocks.IsDefault ? [] : d.Blocks;
        if (organisers.Any(o => o is null) || facilitators.Any(f => f is null) || roster.Any(p => p is null) || days.Any(x => x is null) || blocks.Any(b => b is null))
        {
            Error(nameof(d.Blocks), "The organisers, facilitators, participants, days and blocks must not contain empty (null) entries.");
            return;
        }

        if (organisers.Length > WorkshopDefaults.MaxPeopleNamed || facilitators.Length > WorkshopDefaults.MaxPeopleNamed)
        {
            Error(nameof(d.Organisers), Format($"A workshop may name at most {WorkshopDefaults.MaxPeopleNamed} organisers and {WorkshopDefaults.MaxPeopleNamed} facilitators."));
            return;
        }

        if (roster.Length > Limits.MaxParticipants || blocks.Length > WorkshopDefaults.MaxBlocks || days.Length > WorkshopDefaults.MaxDays)
        {
            Error(nameof(d.Blocks), Format($"A workshop may hold at most {Limits.MaxParticipants} participants, {WorkshopDefaults.MaxDays} days and {WorkshopDefaults.MaxBlocks} blocks, but this one has {roster.Length}, {days.Length} and {blocks.Length}."));
            return;
        }

        foreach (var o in organisers)
        {
            Text(o.Name, "organiser name", nameof(d.Organisers));
            Text(o.Role, $"role of organiser '{Identifier.Shorten(o.Name ?? string.Empty)}'", nameof(d.Organisers));
        }

        foreach (var f in facilitators)
        {
            Text(f.Name, "facilitator name", nameof(d.Facilitators));
            if (!Enum.IsDefined(f.Role))
            {
                Error(nameof(d.Facilitators), Format($"The facilitator role {(int)f.Role} is unknown; use Lead or CoFacilitator."));
            }
        }

        foreach (var twice in facilitators.Where(f => f.Name is not null).GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(nameof(d.Facilitators), $"The facilitator '{Identifier.Shorten(twice.Key)}' is listed twice; blocks name facilitators by name, so names must be unique.");
        }

        if (facilitators.Length > 0 && !facilitators.Any(f => f.Role == FacilitatorRole.Lead))
        {
            Warn(nameof(d.Facilitators), "No facilitator is the lead: name one person who holds the whole programme.");
        }

        foreach (var twice in roster.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            Error(nameof(d.Participants), $"The participant '{Identifier.Shorten(twice.Key.Value)}' is on the roster twice; give every person their own id.");
        }

        CheckDays(days, Error);
        var valid = CheckBlocks(d, blocks, days, Error);
        CheckOverlaps(valid, Error);
        CheckDayLengths(d, valid, days, Warn);

        var onRoster = roster.Select(p => p.Id).ToHashSet();
        var facilitatorNames = facilitators.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            CheckPeople(block, onRoster, Error);
            if (block.Facilitator is { } name && !facilitatorNames.Contains(name))
            {
                Error(nameof(d.Blocks), $"Block '{Name(block)}' is led by '{Identifier.Shorten(name)}', who is not among the facilitators; add them or name another.");
            }

            if (block is not PlainBlock && block.Facilitator is null)
            {
                Warn(nameof(d.Blocks), $"Block '{Name(block)}' runs a method session but names no facilitator; name who leads it.");
            }

            CheckMethod(block, Error, Warn);
        }

        void Text(string? text, string what, string property)
        {
            if (Identifier.FindTextProblem(text, what, Limits.MaxNameLength) is { } problem)
            {
                Error(property, problem);
            }
        }
    }

    private static void CheckDays(ImmutableArray<WorkshopDay> days, Action<string, string> error)
    {
        if (days.Length == 0)
        {
            error(nameof(WorkshopDesign.Days), "Add at least one day.");
        }

        for (var i = 0; i < days.Length; i++)
        {
            if (days[i].End <= days[i].Start)
            {
                error(nameof(WorkshopDesign.Days), Format($"Day {i + 1} ends ({days[i].End:yyyy-MM-dd HH:mm}) before it starts ({days[i].Start:yyyy-MM-dd HH:mm}); check the times."));
            }

            if (days[i].Title is { } title && Identifier.FindTextProblem(title, Format($"title of day {i + 1}"), Limits.MaxNameLength) is { } problem)
            {
                error(nameof(WorkshopDesign.Days), problem);
            }
        }

        foreach (var twice in days.Select((day, i) => (day.Date, Number: i + 1)).GroupBy(x => x.Date).Where(g => g.Count() > 1))
        {
            error(nameof(WorkshopDesign.Days), Format($"Days {string.Join(" and ", twice.Select(x => x.Number))} are both on {twice.Key:yyyy-MM-dd}; plan one day per date."));
        }
    }

    private static List<WorkshopBlock> CheckBlocks(WorkshopDesign d, ImmutableArray<WorkshopBlock> blocks, ImmutableArray<WorkshopDay> days, Action<string, string> error)
    {
        var valid = new List<WorkshopBlock>();
        foreach (var twice in blocks.Where(b => b.Id is not null).GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error(nameof(d.Blocks), $"The block id '{Identifier.Shorten(twice.Key)}' is used {twice.Count()} times; carried items name their source block by id, so ids must be unique.");
        }

        foreach (var block in blocks)
        {
            var ok = true;
            if (Identifier.FindProblem(block.Id, "block") is { } idProblem)
            {
                error(nameof(d.Blocks), idProblem);
                ok = false;
            }

            foreach (var (text, what) in new[] { (block.Title, "block title"), (block.Place, "block place"), ((block as PlainBlock)?.Speaker, "block speaker") })
            {
                if ((text is not null || what == "block title") && Identifier.FindTextProblem(text, $"{what} of '{Name(block)}'", Limits.MaxNameLength) is { } problem)
                {
                    error(nameof(d.Blocks), problem);
                }
            }

            if (block is PlainBlock plain && !Enum.IsDefined(plain.Kind))
            {
                error(nameof(d.Blocks), Format($"Block '{Name(block)}' has the unknown kind {(int)plain.Kind}."));
            }

            if (block.Duration <= TimeSpan.Zero || block.Duration > TimeSpan.FromDays(1))
            {
                error(nameof(d.Blocks), Format($"Block '{Name(block)}' must last more than zero and at most one day, but {block.Duration} was given."));
                ok = false;
            }
            else if (d.DayOf(block) is null)
            {
                error(nameof(d.Blocks), Format($"Block '{Name(block)}' starts on {block.Start:yyyy-MM-dd}, which is none of the workshop's days; add the day or move the block."));
                ok = false;
            }

            if (ok)
            {
                valid.Add(block);
            }
        }

        return valid;
    }

    private static void CheckOverlaps(List<WorkshopBlock> blocks, Action<string, string> error)
    {
        var ordered = blocks.OrderBy(b => b.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && ordered[j].Start < ordered[i].End; j++)
            {
                var a = ordered[i];
                var b = ordered[j];
                var overlap = (a.End < b.End ? a.End : b.End) - b.Start;
                error(nameof(WorkshopDesign.Blocks), Format($"Blocks '{Name(a)}' ({Span(a)}) and '{Name(b)}' ({Span(b)}) overlap by {Minutes(overlap)}; move one of them."));
            }
        }
    }

    private static void CheckDayLengths(WorkshopDesign d, List<WorkshopBlock> blocks, ImmutableArray<WorkshopDay> days, Action<string, string> warn)
    {
        foreach (var group in blocks.GroupBy(b => d.DayOf(b)!.Value.Number).OrderBy(g => g.Key))
        {
            var day = days[group.Key - 1];
            if (day.End <= day.Start)
            {
                continue;
            }

            var first = group.Min(b => b.Start);
            var last = group.Max(b => b.End);
            var over = (first < day.Start ? day.Start - first : TimeSpan.Zero) + (last > day.End ? last - day.End : TimeSpan.Zero);
            if (over > TimeSpan.Zero)
            {
                warn(nameof(d.Days), Format($"Day {group.Key} ({day.Date:yyyy-MM-dd}) is planned {day.Start:HH:mm}–{day.End:HH:mm}, but its blocks run {first:HH:mm}–{last:HH:mm}: {Minutes(over)} longer than planned."));
            }
        }
    }

    private static void CheckPeople(WorkshopBlock block, HashSet<ParticipantId> roster, Action<string, string> error)
    {
        var named = block.Participants.IsDefault ? [] : block.Participants.ToList();
        named.AddRange(MethodParticipants(block).Select(p => p.Id));
        var missing = named.Where(p => !roster.Contains(p)).Distinct().ToList();
        if (missing.Count > 0)
        {
            error(nameof(WorkshopDesign.Blocks), Format($"Block '{Name(block)}' names {missing.Count} people who are not on the roster ({string.Join(", ", missing.Take(5).Select(p => $"'{Identifier.Shorten(p.Value)}'"))}{(missing.Count > 5 ? ", …" : string.Empty)}); add them to the roster or remove them from the block."));
        }
    }

    private static IEnumerable<Participant> MethodParticipants(WorkshopBlock block)
    {
        var people = block switch
        {
            WorldCafeBlock cafe => cafe.Design?.Participants,
            OpenSpaceBlock open => open.Design?.Participants,
            BrainstormBlock storm => storm.Design?.Participants,
            _ => null,
        };
        return people is { IsDefault: false } list ? list.Where(p => p is not null) : [];
    }

    private static void CheckMethod(WorkshopBlock block, Action<string, string> error, Action<string, string> warn)
    {
        IEnumerable<ValidationFailure> failures;
        switch (block)
        {
            case WorldCafeBlock cafe when cafe.Design is not null:
                CheckBetween(cafe.TimeBetweenRounds);
                failures = new WorldCafeDesignValidator().Validate(cafe.Design).Errors;
                Fit("café", cafe.NeededTime, Format($"{cafe.Design.Rounds} rounds of {Minutes(cafe.Design.RoundDuration)} and {Minutes(cafe.TimeBetweenRounds)} between rounds"));
                break;
            case BrainstormBlock storm when storm.Design is not null:
                CheckBetween(storm.TimeBetweenRounds);
                failures = new BrainstormDesignValidator().Validate(storm.Design).Errors;
                Fit("brainstorm", storm.NeededTime, Format($"{(storm.Design.Rounds.IsDefault ? 0 : storm.Design.Rounds.Length)} generation rounds and {Minutes(storm.TimeBetweenRounds)} between rounds"));
                break;
            case OpenSpaceBlock open when open.Design is not null:
                failures = new OpenSpaceDesignValidator().Validate(open.Design).Errors;
                var slots = open.Design.Slots.IsDefault ? [] : open.Design.Slots.Where(s => s is not null).ToList();
                Fit("Open Space", open.NeededTime, Format($"{slots.Count} slots from the first start to the last end"));
                for (var i = 0; i < slots.Count; i++)
                {
                    if (slots[i].Start < block.Start || slots[i].End > block.End)
                    {
                        error(nameof(WorkshopDesign.Blocks), Format($"The Open Space's slot {i + 1} ({slots[i].Start:HH:mm}–{slots[i].End:HH:mm}) lies outside its block '{Name(block)}' ({Span(block)}); move the slot or the block."));
                    }
                }

                break;
            case PlainBlock:
                return;
            default:
                error(nameof(WorkshopDesign.Blocks), $"Block '{Name(block)}' has no method design.");
                return;
        }

        foreach (var failure in failures)
        {
            (failure.Severity == Severity.Warning ? warn : error)(nameof(WorkshopDesign.Blocks), $"Block '{Name(block)}': {failure.ErrorMessage}");
        }

        void Fit(string method, TimeSpan needed, string why)
        {
            if (needed > block.Duration && block.Duration > TimeSpan.Zero)
            {
                error(nameof(WorkshopDesign.Blocks), Format($"Block '{Name(block)}': the {method} needs {Minutes(needed)} ({why}); the block has {Minutes(block.Duration)}. Lengthen the block or shorten the rounds."));
            }
        }

        void CheckBetween(TimeSpan between)
        {
            if (between < TimeSpan.Zero || between > WorkshopDefaults.MaxTimeBetweenRounds)
            {
                error(nameof(WorkshopDesign.Blocks), Format($"Block '{Name(block)}': the time between rounds must be between zero and {WorkshopDefaults.MaxTimeBetweenRounds.TotalHours} hours, but {between} was given."));
            }
        }
    }

    private static string Name(WorkshopBlock block) => Identifier.Shorten(block.Title ?? block.Id ?? "(unnamed)");

    private static string Span(WorkshopBlock block) => Format($"{block.Start:yyyy-MM-dd HH:mm}–{block.End:HH:mm}");

    private static string Minutes(TimeSpan span) => Format($"{span.TotalMinutes:0.#} minutes");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
