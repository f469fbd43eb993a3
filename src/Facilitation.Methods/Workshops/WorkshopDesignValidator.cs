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
internal sealed class WorkshopDesignValidator : WholeDesignValidator<WorkshopDesign>
{
    /// <summary>Validates a design and throws <see cref="InvalidDesignException"/> listing every error when it cannot run; warnings do not throw.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The warnings, one sentence each.</returns>
    internal static ImmutableArray<string> EnsureValid(WorkshopDesign design) => DesignChecks.EnsureValid(new WorkshopDesignValidator(), design, "workshop design");

    /// <inheritdoc />
    protected override void Check(WorkshopDesign d, DesignFailures<WorkshopDesign> failures)
    {
        failures.Name(nameof(d.Title), d.Title, "workshop title");

        var organisers = d.Organisers.IsDefault ? [] : d.Organisers;
        var facilitators = d.Facilitators.IsDefault ? [] : d.Facilitators;
        var roster = d.Participants.IsDefault ? [] : d.Participants;
        var days = d.Days.IsDefault ? [] : d.Days;
        var blocks = d.Blocks.IsDefault ? [] : d.Blocks;
        if (organisers.Any(o => o is null) || facilitators.Any(f => f is null) || roster.Any(p => p is null) || days.Any(x => x is null) || blocks.Any(b => b is null))
        {
            failures.Error(nameof(d.Blocks), Say("NullEntries"));
            return;
        }

        if (organisers.Length > WorkshopDefaults.MaxPeopleNamed || facilitators.Length > WorkshopDefaults.MaxPeopleNamed)
        {
            failures.Error(nameof(d.Organisers), Say("TooManyNamed", WorkshopDefaults.MaxPeopleNamed));
            return;
        }

        if (roster.Length > Limits.MaxParticipants || blocks.Length > WorkshopDefaults.MaxBlocks || days.Length > WorkshopDefaults.MaxDays)
        {
            failures.Error(nameof(d.Blocks), Say("TooBig", Limits.MaxParticipants, WorkshopDefaults.MaxDays, WorkshopDefaults.MaxBlocks, roster.Length, days.Length, blocks.Length));
            return;
        }

        foreach (var o in organisers)
        {
            failures.Name(nameof(d.Organisers), o.Name, "organiser name");
            failures.Name(nameof(d.Organisers), o.Role, Say("OrganiserRole", Identifier.Shorten(o.Name ?? string.Empty)));
        }

        foreach (var f in facilitators)
        {
            failures.Name(nameof(d.Facilitators), f.Name, "facilitator name");
            if (!Enum.IsDefined(f.Role))
            {
                failures.Error(nameof(d.Facilitators), Say("UnknownRole", (int)f.Role));
            }
        }

        foreach (var twice in facilitators.Where(f => f.Name is not null).GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Error(nameof(d.Facilitators), Say("FacilitatorTwice", Identifier.Shorten(twice.Key)));
        }

        if (facilitators.Length > 0 && !facilitators.Any(f => f.Role == FacilitatorRole.Lead))
        {
            failures.Warn(nameof(d.Facilitators), Say("NoLead"));
        }

        foreach (var twice in roster.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            failures.Error(nameof(d.Participants), Say("ParticipantTwice", Identifier.Shorten(twice.Key.Value)));
        }

        CheckDays(days, failures.Error);
        var valid = CheckBlocks(d, blocks, days, failures.Error);
        CheckOverlaps(valid, failures.Error);
        CheckDayLengths(d, valid, days, failures.Warn);

        var onRoster = roster.Select(p => p.Id).ToHashSet();
        var facilitatorNames = facilitators.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            CheckPeople(block, onRoster, failures.Error);
            if (block.Facilitator is { } name && !facilitatorNames.Contains(name))
            {
                failures.Error(nameof(d.Blocks), Say("UnknownFacilitator", Name(block), Identifier.Shorten(name)));
            }

            if (block.RunsMethod && block.Facilitator is null)
            {
                failures.Warn(nameof(d.Blocks), Say("NoFacilitator", Name(block)));
            }

            CheckMethod(block, failures.Error, failures.Warn);
        }
    }

    private static void CheckDays(ImmutableArray<WorkshopDay> days, Action<string, string> error)
    {
        if (days.Length == 0)
        {
            error(nameof(WorkshopDesign.Days), Say("NoDays"));
        }

        for (var i = 0; i < days.Length; i++)
        {
            if (days[i].End <= days[i].Start)
            {
                error(nameof(WorkshopDesign.Days), Say("DayBackwards", i + 1, days[i].End, days[i].Start));
            }

            if (days[i].Title is { } title && Identifier.FindTextProblem(title, Say("DayTitle", i + 1), Limits.MaxNameLength) is { } problem)
            {
                error(nameof(WorkshopDesign.Days), problem);
            }
        }

        foreach (var twice in days.Select((day, i) => (day.Date, Number: i + 1)).GroupBy(x => x.Date).Where(g => g.Count() > 1))
        {
            error(nameof(WorkshopDesign.Days), Say("SameDate", string.Join(Say("And"), twice.Select(x => x.Number)), twice.Key));
        }
    }

    private static List<WorkshopBlock> CheckBlocks(WorkshopDesign d, ImmutableArray<WorkshopBlock> blocks, ImmutableArray<WorkshopDay> days, Action<string, string> error)
    {
        var valid = new List<WorkshopBlock>();
        foreach (var twice in blocks.Where(b => b.Id is not null).GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error(nameof(d.Blocks), Say("BlockIdTwice", Identifier.Shorten(twice.Key), twice.Count()));
        }

        foreach (var block in blocks)
        {
            var ok = true;
            if (Identifier.FindProblem(block.Id, "block") is { } idProblem)
            {
                error(nameof(d.Blocks), idProblem);
                ok = false;
            }

            foreach (var (text, what) in new[] { (block.Title, "block title"), (block.Place, "block place"), (block.Speaker, "block speaker") })
            {
                if ((text is not null || what == "block title") && Identifier.FindTextProblem(text, Say("BlockText", Identifier.Noun(what), Name(block)), Limits.MaxNameLength) is { } problem)
                {
                    error(nameof(d.Blocks), problem);
                }
            }

            if (!Enum.IsDefined(block.Kind))
            {
                error(nameof(d.Blocks), Say("UnknownKind", Name(block), (int)block.Kind));
            }

            if (block.Duration <= TimeSpan.Zero || block.Duration > TimeSpan.FromDays(1))
            {
                error(nameof(d.Blocks), Say("BadDuration", Name(block), block.Duration));
                ok = false;
            }
            else if (d.DayOf(block) is null)
            {
                error(nameof(d.Blocks), Say("NotOnADay", Name(block), block.Start));
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
                error(nameof(WorkshopDesign.Blocks), Say("Overlap", Name(a), Span(a), Name(b), Span(b), Minutes(overlap)));
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
                warn(nameof(d.Days), Say("DayOverrun", group.Key, day.Date, day.Start, day.End, first, last, Minutes(over)));
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
            error(nameof(WorkshopDesign.Blocks), Say("NotOnRoster", Name(block), missing.Count, string.Join(", ", missing.Take(5).Select(p => $"'{Identifier.Shorten(p.Value)}'")) + (missing.Count > 5 ? ", …" : string.Empty)));
        }
    }

    private static IEnumerable<Participant> MethodParticipants(WorkshopBlock block)
    {
        var people = block.Kind switch
        {
            BlockKind.WorldCafe => block.CafeDesign?.Participants,
            BlockKind.OpenSpace => block.OpenSpaceDesign?.Participants,
            BlockKind.Brainstorm => block.BrainstormDesign?.Participants,
            _ => null,
        };
        return people is { IsDefault: false } list ? list.Where(p => p is not null) : [];
    }

    private static void CheckMethod(WorkshopBlock block, Action<string, string> error, Action<string, string> warn)
    {
        if ((block.CafeDesign is not null && block.Kind != BlockKind.WorldCafe) || (block.OpenSpaceDesign is not null && block.Kind != BlockKind.OpenSpace)
            || (block.BrainstormDesign is not null && block.Kind != BlockKind.Brainstorm))
        {
            error(nameof(WorkshopDesign.Blocks), Say("ForeignDesign", Name(block), block.Kind));
        }

        IEnumerable<ValidationFailure> failures;
        switch (block.Kind)
        {
            case BlockKind.WorldCafe when block.CafeDesign is { } cafe:
                CheckBetween(block.TimeBetweenRounds);
                failures = new WorldCafeDesignValidator().Validate(cafe).Errors;
                Fit(Say("Cafe"), Say("CafeWhy", cafe.Rounds, Minutes(cafe.RoundDuration), Minutes(block.TimeBetweenRounds)));
                break;
            case BlockKind.Brainstorm when block.BrainstormDesign is { } storm:
                CheckBetween(block.TimeBetweenRounds);
                failures = new BrainstormDesignValidator().Validate(storm).Errors;
                Fit(Say("Brainstorm"), Say("BrainstormWhy", storm.Rounds.IsDefault ? 0 : storm.Rounds.Length, Minutes(block.TimeBetweenRounds)));
                break;
            case BlockKind.OpenSpace when block.OpenSpaceDesign is { } open:
                failures = new OpenSpaceDesignValidator().Validate(open).Errors;
                var slots = open.Slots.IsDefault ? [] : open.Slots.Where(s => s is not null).ToList();
                Fit(Say("OpenSpace"), Say("OpenSpaceWhy", slots.Count));
                for (var i = 0; i < slots.Count; i++)
                {
                    if (slots[i].Start < block.Start || slots[i].End > block.End)
                    {
                        error(nameof(WorkshopDesign.Blocks), Say("SlotOutside", i + 1, slots[i].Start, slots[i].End, Name(block), Span(block)));
                    }
                }

                break;
            case BlockKind.WorldCafe or BlockKind.OpenSpace or BlockKind.Brainstorm:
                error(nameof(WorkshopDesign.Blocks), Say("NoMethodDesign", Name(block)));
                return;
            default:
                return;
        }

        foreach (var failure in failures)
        {
            (failure.Severity == Severity.Warning ? warn : error)(nameof(WorkshopDesign.Blocks), Say("BlockProblem", Name(block), failure.ErrorMessage));
        }

        void Fit(string method, string why)
        {
            if (block.NeededTime is var needed && needed > block.Duration && block.Duration > TimeSpan.Zero)
            {
                error(nameof(WorkshopDesign.Blocks), Say("TooShort", Name(block), method, Minutes(needed), why, Minutes(block.Duration)));
            }
        }

        void CheckBetween(TimeSpan between)
        {
            if (between < TimeSpan.Zero || between > WorkshopDefaults.MaxTimeBetweenRounds)
            {
                error(nameof(WorkshopDesign.Blocks), Say("BetweenRounds", Name(block), WorkshopDefaults.MaxTimeBetweenRounds.TotalHours, between));
            }
        }
    }

    private static string Name(WorkshopBlock block) => Identifier.Shorten(block.Title ?? block.Id ?? Say("Unnamed"));

    private static string Span(WorkshopBlock block) => Say("Span", block.Start, block.End);

    private static string Minutes(TimeSpan span) => Say("Minutes", span.TotalMinutes);

    // Written in the current UI culture (a session sets it to SessionOptions.Culture while it validates).
    private static string Say(string key, params object?[] args) => TextCatalog.Say("Workshop." + key, args);
}
