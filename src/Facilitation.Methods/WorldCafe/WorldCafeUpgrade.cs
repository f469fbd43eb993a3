using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Sessions;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.WorldCafe;

/// <summary>
/// Reads a version-1 café document (the snapshot of earlier releases) and turns it into a document of today (design and event log) by replaying
/// the commands that lead to the snapshot through the same rules, on a clock set to the snapshot's own times.
/// </summary>
/// <remarks>The replay opens check-in, adds walk-ins and no-shows, welcomes everyone with the saved seating as the plan, then runs each
/// round (hosts, briefings, conversation, notes, close, plenary) and the harvest. Notes without an author are replayed as anonymous.
/// Remembered command ids of contributions are kept; other remembered ids are not (version 1 did not say which command they were).
/// A snapshot that no sequence of commands reaches is refused with <see cref="SessionDocumentException"/>.</remarks>
internal static class WorldCafeUpgrade
{
    /// <summary>Upgrades a version-1 document to a session document (format 2).</summary>
    public static string ToCurrent(JsonElement document, SessionOptions? options) =>
        SessionDocument.Upgrade(document, WorldCafeJsonContext.Default.V1Document, "World Café", refuseNulls: true, (v1, clock) => v1.Kind == "WorldCafe"
            ? Replay(v1.State, WorldCafeSession.ReadDesign(v1.Design).Design, SessionEngine<WorldCafeState, WorldCafeEvent>.NewId(options), clock)
            : throw new SessionDocumentException("The version-1 document is not a saved World Café (its \"kind\" is not \"WorldCafe\")."), ToToday);

    // Version 1 named a person's display name "name", kept a table's question, its category and co-facilitators on the table, the
    // questions as text with their categories beside them, and a note's table as "table" with its question: moved to today's names.
    private static void ToToday(JsonObject v1)
    {
        var design = v1["design"] as JsonObject;
        var state = v1["state"] as JsonObject;
        foreach (var person in Objects(design?["participants"]).Concat(Objects(state?["roster"])))
        {
            Move(person, "name", person, "displayName");
        }

        var tableCoFacilitators = new JsonObject();
        foreach (var table in Objects(design?["tables"]))
        {
            var prompt = new JsonObject();
            Move(table, "question", prompt, "text");
            Move(table, "questionCategory", prompt, "category");
            if (prompt.Count > 0)
            {
                table["prompt"] = prompt;
            }

            table.Remove("coFacilitators", out var people);
            foreach (var person in people as JsonArray ?? [])
            {
                ((JsonArray)(tableCoFacilitators[person!.GetValue<string>()] ??= new JsonArray())).Add(table["id"]?.DeepClone());
            }
        }

        _ = design?.TryAdd("tableCoFacilitators", tableCoFacilitators);
        if (design?["questions"] is JsonArray questions)
        {
            design.Remove("questionCategories", out var categories);
            design["questions"] = categories is JsonArray c && c.Count != questions.Count ? throw new JsonException($"The design gives {c.Count} question categories for {questions.Count} questions.")
                : new JsonArray([.. questions.Select((q, i) => new JsonObject { ["text"] = q?.DeepClone(), ["category"] = (categories as JsonArray)?[i]?.DeepClone() })]);
        }

        foreach (var note in Objects(state?["contributions"]))
        {
            Move(note, "table", note, "group");
            note.Remove("question");
            note.Remove("questionCategory");
        }

        static IEnumerable<JsonObject> Objects(JsonNode? list) => (list as JsonArray ?? []).OfType<JsonObject>();

        static void Move(JsonObject from, string name, JsonObject to, string newName)
        {
            if (from.Remove(name, out var value))
            {
                to[newName] = value;
            }
        }
    }

    private static string Replay(V1State d, WorldCafeDesign design, string id, ReplayClock clock)
    {
        var rules = new WorldCafeRules(design);
        clock.Advance(d.Contributions.Select(c => (DateTimeOffset?)c.RecordedAt).Append(d.RoundStartedAt).Min() ?? DateTimeOffset.UnixEpoch);
        var header = WorldCafeSession.Header(id, design);
        using var engine = SessionEngine<WorldCafeState, WorldCafeEvent>.Create(rules, id, header, WorldCafeSession.NewState(design), new SessionOptions { Id = id, TimeProvider = clock });
        var f = Actor.Facilitator;
        void Phase(C command, SeatingPlan? plan = null) => engine.Execute(f, new CafePhaseChanged(command, default, default, plan: plan), null);
        SeatingPlan Plan(int fromRound) => new(new Round(fromRound), [.. d.Seatings.Skip(fromRound - 1).Select((s, i) => new Seating(new Round(fromRound + i), s.Select(t => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(t.Key, t.Value))))], d.Fairness, engine.Version, []);
        var commandOf = d.ContributionByCommand.ToDictionary(c => c.Value, c => c.Key);
        void Contribute(Contribution c)
        {
            clock.Advance(c.RecordedAt);
            var options = commandOf.TryGetValue(c.Id, out var commandId) ? CommandOptions.WithId(commandId) : null;
            var proposed = new Contribution(new ContributionId("new"), c.Kind, c.Text, default, group: c.Group) { Owner = c.Owner, NextStep = c.NextStep };
            var actor = c.Author is { } a ? Actor.ForParticipant(a) : f;
            WorldCafeEvent e = c.Kind switch
            {
                ContributionKind.Note => new NoteAdded(proposed, anonymous: c.Author is null),
                ContributionKind.Briefing => new BriefingAdded(proposed),
                _ => new HarvestItemAdded(proposed),
            };
            engine.Execute(actor, e, options);
        }

        if (d.Phase == P.Design)
        {
            return engine.Save();
        }

        Phase(C.OpenCheckIn);
        var designIds = design.Participants.Select(p => p.Id).ToHashSet();
        foreach (var p in d.Roster.Where(p => !designIds.Contains(p.Id)))
        {
            engine.Execute(f, new ParticipantJoined(p), null);
        }

        foreach (var p in d.Roster.Select(p => p.Id).Where(p => !d.Present.Contains(p)))
        {
            engine.Execute(f, new ParticipantLeft(p), null);
        }

        if (d.Phase == P.CheckIn)
        {
            return engine.Save();
        }

        Phase(C.Welcome, Plan(1));
        for (var r = 1; r <= d.Round; r++)
        {
            if (design.HostSelection == HostSelection.VolunteerAfterFirstRound && r == 2)
            {
                foreach (var (table, host) in d.Hosts)
                {
                    engine.Execute(f, new HostChosen(table, host, plan: Plan(2)), null);
                }
            }

            Phase(C.StartRound);
            if (design.HostSelection == HostSelection.RechosenEachRound && d.RoundHosts.TryGetValue(r.ToString(System.Globalization.CultureInfo.InvariantCulture), out var chosen))
            {
                foreach (var (table, host) in chosen)
                {
                    engine.Execute(f, new HostChosen(table, host), null);
                }
            }

            var contributions = d.Contributions.Where(c => c.Round?.Number == r).ToList();
            if (contributions.Any(c => c.Kind == ContributionKind.Briefing) || (r == d.Round && d.Phase == P.HostBriefing))
            {
                Phase(C.BeginBriefing);
            }

            contributions.Where(c => c.Kind == ContributionKind.Briefing).ToList().ForEach(Contribute);
            if (r > d.Held)
            {
                break;
            }

            clock.Advance(r == d.Round ? d.RoundStartedAt : null);
            Phase(C.StartConversation);
            contributions.Where(c => c.Kind == ContributionKind.Note).ToList().ForEach(Contribute);
            if (r == d.Round && d.Phase == P.Conversation)
            {
                if (d.RoundDuration is { } duration && duration != design.RoundDuration)
                {
                    engine.Execute(f, new RoundTimeChanged(duration - design.RoundDuration), null);
                }

                break;
            }

            Phase(C.CloseRound);
            if (r == d.Round && d.Phase == P.Plenary)
            {
                Phase(C.StartPlenary);
            }
        }

        if (d.Phase >= P.Harvest)
        {
            Phase(C.BeginHarvest);
            d.Contributions.Where(c => c.Group is null).ToList().ForEach(Contribute);
            if (d.Phase == P.Closed)
            {
                Phase(C.Close);
            }
        }

        if (engine.Read(s => s.Phase) != d.Phase)
        {
            throw new InvalidOperationException($"replaying its commands reaches {engine.Read(s => s.Phase)}, not its phase {d.Phase}.");
        }

        return engine.Save();
    }
}

// The version-1 document (the snapshot of earlier releases), as far as the upgrade replays it: what it does not replay is skipped.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record V1Document(string Kind, WorldCafeDesign Design, V1State State);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record V1State(
    WorldCafePhase Phase,
    int Round,
    int Held,
    List<Participant> Roster,
    List<ParticipantId> Present,
    Dictionary<GroupId, ParticipantId> Hosts,
    Dictionary<string, Dictionary<GroupId, ParticipantId>> RoundHosts,
    List<Dictionary<GroupId, List<ParticipantId>>> Seatings,
    List<Contribution> Contributions,
    Dictionary<string, ContributionId> ContributionByCommand,
    DateTimeOffset? RoundStartedAt = null,
    TimeSpan? RoundDuration = null,
    FairnessReport? Fairness = null);
