using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <content>Save and restore: a versioned JSON snapshot of design and state (see docs/world-cafe.md, "Persistence").</content>
public sealed partial class WorldCafeSession
{
    /// <summary>The longest document <see cref="Restore"/> reads, in characters (64 MiB).</summary>
    private const int MaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>Saves the whole session — design, phase, rounds, seating, hosts, contributions, running timer, version and remembered command ids — as a versioned JSON document.</summary>
    /// <returns>The document (UTF-16 text; store it as UTF-8).</returns>
    /// <remarks>The event log is not part of the document: hosts that keep events store them as they arrive (each carries the version).</remarks>
    public string Save()
    {
        lock (_kernel.Gate)
        {
            var remembered = _kernel.RememberedIds;
            var rememberedSet = remembered.ToHashSet(StringComparer.Ordinal);
            var tables = Design.Tables.Select(t => t.Id).ToList();
            var document = new WorldCafeDocument
            {
                FormatVersion = WorldCafeDocument.CurrentFormat,
                Kind = WorldCafeDocument.KindName,
                Design = ToDocument(Design),
                State = new StateDocument
                {
                    Version = _kernel.Version,
                    Phase = _s.Phase,
                    Round = _s.Round,
                    Held = _s.Held,
                    Roster = [.. _s.Roster.Select(ToDocument)],
                    Present = [.. _s.Roster.Where(p => _s.Present.Contains(p.Id)).Select(p => p.Id)],
                    Hosts = tables.Where(_s.Hosts.ContainsKey).ToDictionary(t => t, t => _s.Hosts[t]),
                    RoundHosts = _s.RoundHosts.OrderBy(r => r.Key).ToDictionary(
                        r => r.Key.ToString(CultureInfo.InvariantCulture),
                        r => tables.Where(r.Value.ContainsKey).ToDictionary(t => t, t => r.Value[t])),
                    Seatings = [.. _s.Seatings.Select(s => s.Groups.ToDictionary(g => g, g => s.MembersOf(g).ToList()))],
                    Contributions = [.. _s.Contributions.Select(ToDocument)],
                    ContributionCount = _s.ContributionCount,
                    RoundStartedAt = _s.RoundTime?.StartedAt,
                    RoundDuration = _s.RoundTime?.Duration,
                    WarningGiven = _s.WarningGiven,
                    TimeUpGiven = _s.TimeUpGiven,
                    CommandIds = [.. remembered],
                    ContributionByCommand = _s.ContributionByCommand.Where(c => rememberedSet.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(),
                },
            };
            return JsonSerializer.Serialize(document, WorldCafeJsonContext.Default.WorldCafeDocument);
        }
    }

    /// <summary>Restores a session saved with <see cref="Save"/>: same design, phase, seating, contributions, version and remembered command ids; a running round's timers are re-armed with the remaining time recomputed from <paramref name="timeProvider"/>.</summary>
    /// <param name="json">The saved document.</param>
    /// <param name="timeProvider">The clock; defaults to <see cref="TimeProvider.System"/>.</param>
    /// <param name="planner">The rotation planner; defaults to a <see cref="RotationPlanner"/> on the system clock (its search budget is real computing time, which a fake clock would never end).</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible session. No session is built.</exception>
    public static WorldCafeSession Restore(string json, TimeProvider? timeProvider = null, IRotationPlanner? planner = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxDocumentLength)
        {
            throw new SessionDocumentException(Format($"The document is {json.Length} characters long; a saved World Café is at most {MaxDocumentLength}."));
        }

        CheckHeader(json);
        WorldCafeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, WorldCafeJsonContext.Default.WorldCafeDocument);
        }
        catch (JsonException e)
        {
            throw new SessionDocumentException($"The document is not a valid saved World Café: {e.Message}", e);
        }

        if (document is null)
        {
            throw new SessionDocumentException("The document is empty (JSON null), not a saved World Café.");
        }

        try
        {
            return FromDocument(document, timeProvider, planner);
        }
        catch (InvalidDesignException e)
        {
            throw new SessionDocumentException($"The saved World Café's design cannot run: {string.Join(" ", e.Errors)}", e);
        }
#pragma warning disable CA1031 // Whatever a hostile document provokes while being rebuilt must surface as the one documented exception.
        catch (Exception e) when (e is not SessionDocumentException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new SessionDocumentException($"The saved World Café describes an impossible session: {e.Message}", e);
        }
    }

    private static void CheckHeader(string json)
    {
        int? format = null;
        string? kind = null;
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SessionDocumentException($"A saved World Café is a JSON object, but this document is a JSON {parsed.RootElement.ValueKind}.");
            }

            if (parsed.RootElement.TryGetProperty("formatVersion", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var f))
            {
                format = f;
            }

            if (parsed.RootElement.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String)
            {
                kind = k.GetString();
            }
        }
        catch (JsonException e)
        {
            throw new SessionDocumentException($"The document is not valid JSON: {e.Message}", e);
        }

        if (kind != WorldCafeDocument.KindName)
        {
            throw new SessionDocumentException($"The document is not a saved World Café (its \"kind\" is {(kind is null ? "missing" : "'" + Identifier.Shorten(kind) + "'")}).");
        }

        if (format != WorldCafeDocument.CurrentFormat)
        {
            throw new SessionDocumentException(format is null
                ? "The document has no \"formatVersion\"; it was not written by WorldCafeSession.Save."
                : Format($"The document has format version {format}, but this library reads format version {WorldCafeDocument.CurrentFormat}; update the library to open it."));
        }
    }

    private static WorldCafeSession FromDocument(WorldCafeDocument document, TimeProvider? timeProvider, IRotationPlanner? planner)
    {
        var design = FromDocument(document.Design);
        var warnings = WorldCafeDesignValidator.EnsureValid(design);
        var d = document.State;
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new SessionDocumentException("The saved World Café is inconsistent: " + problem);
            }
        }

        Require(Enum.IsDefined(d.Phase), Format($"the phase {(int)d.Phase} is unknown."));
        Require(d.Version >= 0, "the version is negative.");
        Require(d.Round >= 0 && d.Round <= design.Rounds, Format($"round {d.Round} is outside 0..{design.Rounds}."));
        Require(d.Held >= 0 && d.Held <= d.Round && d.Held >= d.Round - 1, Format($"{d.Held} rounds held does not fit round {d.Round}."));
        var (minRound, heldIsRound) = d.Phase switch
        {
            WorldCafePhase.Design or WorldCafePhase.CheckIn or WorldCafePhase.Welcome => (0, true),
            WorldCafePhase.Seating or WorldCafePhase.HostBriefing => (1, false),
            _ => (1, true),
        };
        Require(d.Phase <= WorldCafePhase.Welcome ? d.Round == 0 : d.Round >= minRound, Format($"phase {d.Phase} does not fit round {d.Round}."));
        Require(heldIsRound == (d.Held == d.Round), Format($"phase {d.Phase} does not fit {d.Held} rounds held in round {d.Round}."));
        Require(d.Phase < WorldCafePhase.Harvest || d.Round == design.Rounds, "the harvest started before the last round.");
        Require(d.Phase != WorldCafePhase.Plenary || (design.PlenaryBetweenRounds && d.Round < design.Rounds), "a plenary the design does not plan.");
        Require(d.Phase != WorldCafePhase.HostBriefing || (d.Round > 1 && design.HostSelection != HostSelection.None), "a host briefing the design does not allow.");
        Require(d.Seatings.Count == (d.Phase < WorldCafePhase.Welcome ? 0 : design.Rounds), Format($"{d.Seatings.Count} seatings for {design.Rounds} rounds in phase {d.Phase}."));
        Require(d.Roster.Count <= Limits.MaxParticipants, "too many participants.");

        var state = new WorldCafeState { Phase = d.Phase, Round = d.Round, Held = d.Held, ContributionCount = d.ContributionCount, WarningGiven = d.WarningGiven, TimeUpGiven = d.TimeUpGiven };
        foreach (var p in d.Roster.Select(FromDocument))
        {
            Require(state.Find(p.Id) is null, $"'{Identifier.Shorten(p.Id.Value)}' is on the roster twice.");
            state.Roster.Add(p);
        }

        Require(design.Participants.All(p => state.Find(p.Id) == p), "the roster does not hold the design's participants.");
        var known = state.Roster.Select(p => p.Id).ToHashSet();
        var tables = design.Tables.Select(t => t.Id).ToHashSet();
        foreach (var p in d.Present)
        {
            Require(known.Contains(p) && state.Present.Add(p), $"'{Identifier.Shorten(p.Value)}' is present twice or not on the roster.");
        }

        foreach (var (table, host) in d.Hosts)
        {
            Require(tables.Contains(table) && known.Contains(host), $"the host '{Identifier.Shorten(host.Value)}' of '{Identifier.Shorten(table.Value)}' is unknown.");
            state.Hosts[table] = host;
        }

        foreach (var (key, hosts) in d.RoundHosts)
        {
            Require(int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var round) && round >= 1 && round <= d.Round, $"round hosts for an impossible round '{Identifier.Shorten(key)}'.");
            Require(hosts.All(h => tables.Contains(h.Key) && known.Contains(h.Value)), Format($"unknown hosts in round {round}."));
            state.RoundHosts[round] = new Dictionary<GroupId, ParticipantId>(hosts);
        }

        for (var i = 0; i < d.Seatings.Count; i++)
        {
            var seats = d.Seatings[i];
            Require(seats.Count == tables.Count && seats.Keys.All(tables.Contains), Format($"the seating of round {i + 1} does not list exactly the café's tables."));
            Require(seats.Values.All(m => m.All(known.Contains)), Format($"the seating of round {i + 1} seats someone not on the roster."));
            state.Seatings.Add(new Seating(new Round(i + 1), design.Tables.Select(t => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(t.Id, seats[t.Id]))));
        }

        var session = new WorldCafeSession(design, warnings, timeProvider, planner, state);
        var groups = session.GroupsFor(state.Hosts, state.Present);
        for (var i = 0; i < state.Seatings.Count; i++)
        {
            var seating = state.Seatings[i];
            var problems = i < state.Held
                ? seating.FindProblems(design.Tables.Select(t => new Group(t.Id, t.Capacity, name: t.Name)), seating.Seated)
                : seating.FindProblems(groups, state.Present);
            Require(problems.Count == 0, problems.Count == 0 ? string.Empty : problems[0]);
        }

        foreach (var c in d.Contributions)
        {
            Require(state.Contributions.Count < WorldCafeConstants.MaxContributions, "too many contributions.");
            Require(!state.Contributions.Exists(x => x.Id == c.Id), $"the contribution '{Identifier.Shorten(c.Id.Value)}' appears twice.");
            Require(c.Author is null || known.Contains(c.Author.Value), $"the author of '{Identifier.Shorten(c.Id.Value)}' is not on the roster.");
            Require(c.Table is null || (tables.Contains(c.Table.Value) && c.Round is { } r && r >= 1 && r <= d.Round), $"the contribution '{Identifier.Shorten(c.Id.Value)}' names an impossible table or round.");
            state.Contributions.Add(new Contribution(c.Id, c.Kind, c.Text, c.RecordedAt, c.Author, c.Table, c.Round is { } n ? new Round(n) : null)
            {
                Prompt = c.Question is null ? null : new Prompt(c.Question),
                Owner = c.Owner is null ? null : Identifier.CheckText(c.Owner, nameof(c.Owner), "owner", Limits.MaxNameLength),
                NextStep = c.NextStep is null ? null : Identifier.CheckText(c.NextStep, nameof(c.NextStep), "next step", Limits.MaxTextLength),
            });
        }

        Require(d.ContributionCount >= state.Contributions.Count && d.ContributionCount <= WorldCafeConstants.MaxContributions, "the contribution count does not match the contributions.");
        Require((d.RoundStartedAt is null) == (d.RoundDuration is null) && (d.RoundStartedAt is null) == (d.Phase != WorldCafePhase.Conversation), "a round timer outside a conversation, or a conversation without one.");
        if (d.RoundStartedAt is { } started)
        {
            Require(d.RoundDuration!.Value >= TimeSpan.Zero && d.RoundDuration.Value <= Timebox.MaxDuration, "the round's duration is outside zero..seven days.");
            state.RoundTime = new Timebox(started, d.RoundDuration.Value);
        }

        Require(d.CommandIds.Count <= SessionKernel<WorldCafeEvent>.RememberedCommandIds && d.CommandIds.Distinct(StringComparer.Ordinal).Count() == d.CommandIds.Count, "the remembered command ids are too many or repeat.");
        foreach (var id in d.CommandIds)
        {
            Require(Identifier.FindProblem(id, "command") is null, "a remembered command id is invalid.");
        }

        var ids = state.Contributions.Select(c => c.Id).ToHashSet();
        foreach (var (command, contribution) in d.ContributionByCommand)
        {
            Require(d.CommandIds.Contains(command) && ids.Contains(contribution), "a remembered command names an unknown contribution.");
            state.ContributionByCommand[command] = contribution;
        }

        session._kernel.Restore(d.Version, d.CommandIds, []);
        state.Report = session.Measure();
        session.ArmTimers(session._kernel.Clock.GetUtcNow());
        return session;
    }

    private FairnessReport? Measure()
    {
        if (_s.Seatings.Count == 0)
        {
            return null;
        }

        var groups = GroupsFor(_s.Hosts, _s.Present);
        var problem = ProblemFor(_s.Roster, _s.Present, groups, _s.Seatings.Take(_s.Held).ToList(), Design.Rounds);
        return FairnessReport.Measure(problem, _s.Seatings);
    }

    private static DesignDocument ToDocument(WorldCafeDesign d) => new()
    {
        Title = d.Title,
        Participants = [.. d.Participants.Select(ToDocument)],
        Tables = [.. d.Tables.Select(t => new TableDocument { Id = t.Id, Name = t.Name, Capacity = t.Capacity, Host = t.Host, Question = t.Prompt?.Text })],
        Questions = [.. d.Questions.Select(q => q.Text)],
        QuestionMode = d.QuestionMode,
        Rounds = d.Rounds,
        RoundDuration = d.RoundDuration,
        WarningBeforeEnd = d.WarningBeforeEnd,
        AutoAdvance = d.AutoAdvance,
        HostSelection = d.HostSelection,
        ReturnHomeFinalRound = d.ReturnHomeFinalRound,
        PlenaryBetweenRounds = d.PlenaryBetweenRounds,
        KeepApart = [.. d.KeepApart.Select(p => new[] { p.First, p.Second })],
        KeepTogether = [.. d.KeepTogether.Select(p => new[] { p.First, p.Second })],
        MixBy = d.MixBy,
        Seed = d.Seed,
        PlannerTimeLimit = d.PlannerTimeLimit,
    };

    private static WorldCafeDesign FromDocument(DesignDocument d)
    {
        if (d.Participants.Count > Limits.MaxParticipants || d.Tables.Count > Limits.MaxGroups || d.Questions.Count > Limits.MaxGroups + Limits.MaxRounds)
        {
            throw new SessionDocumentException("The saved design is larger than any café the library runs.");
        }

        static ParticipantPair Pair(ParticipantId[] pair) => pair.Length == 2
            ? new ParticipantPair(pair[0], pair[1])
            : throw new SessionDocumentException(Format($"A pair to keep apart or together must name two people, but names {pair.Length}."));
        return new WorldCafeDesign
        {
            Title = d.Title,
            Participants = [.. d.Participants.Select(FromDocument)],
            Tables = [.. d.Tables.Select(t => new Group(t.Id, t.Capacity, t.Host, t.Question is null ? null : new Prompt(t.Question), t.Name))],
            Questions = [.. d.Questions.Select(q => new Prompt(q))],
            QuestionMode = d.QuestionMode,
            Rounds = d.Rounds,
            RoundDuration = d.RoundDuration,
            WarningBeforeEnd = d.WarningBeforeEnd,
            AutoAdvance = d.AutoAdvance,
            HostSelection = d.HostSelection,
            ReturnHomeFinalRound = d.ReturnHomeFinalRound,
            PlenaryBetweenRounds = d.PlenaryBetweenRounds,
            KeepApart = [.. d.KeepApart.Select(Pair)],
            KeepTogether = [.. d.KeepTogether.Select(Pair)],
            MixBy = d.MixBy,
            Seed = d.Seed,
            PlannerTimeLimit = d.PlannerTimeLimit,
        };
    }

    private static ParticipantDocument ToDocument(Participant p) => new()
    {
        Id = p.Id,
        Name = p.DisplayName,
        Attributes = p.Attributes.IsEmpty ? null : p.Attributes.ToDictionary(StringComparer.Ordinal),
        Languages = p.Languages.IsEmpty ? null : [.. p.Languages],
    };

    private static Participant FromDocument(ParticipantDocument p) => new(p.Id, p.Name, p.Attributes, p.Languages);

    private static ContributionDocument ToDocument(Contribution c) => new()
    {
        Id = c.Id,
        Kind = c.Kind,
        Text = c.Text,
        RecordedAt = c.RecordedAt,
        Author = c.Author,
        Table = c.Group,
        Round = c.Round?.Number,
        Question = c.Prompt?.Text,
        Owner = c.Owner,
        NextStep = c.NextStep,
    };
}
