using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Reads an instance document strictly (docs/rotation-contract.md): every property must be one the contract names, every value
/// must have the contract's type and range, and every problem found — shape and rules alike — is reported in one run with
/// its JSON path (<c>$.tables[2].capacity</c>) and the contract's words.
/// </summary>
internal sealed class RotationInstanceReader
{
    private const int MaxCapacity = Limits.MaxParticipants;

    private static readonly string[] RootProperties = ["participants", "tables", "rounds", "keepApart", "keepTogether", "absent", "history", "announced", "metBefore", "mixBy", "objective", "seed", "effort", "timeLimitMs", "mustShareLanguage"];
    private static readonly string[] ParticipantProperties = ["id", "name", "attributes", "languages"];
    private static readonly string[] TableProperties = ["id", "capacity", "host", "prompt"];
    private static readonly string[] AbsentProperties = ["participant", "rounds"];

    private readonly List<string> _errors = [];

    public static RotationProblem Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new InvalidDesignException(RotationDefaults.What, ["$: " + Say("NotJson", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0])]);
        }

        using (document)
        {
            var reader = new RotationInstanceReader();
            var problem = reader.ReadRoot(document.RootElement);
            return reader._errors.Count == 0 ? problem : throw new InvalidDesignException(RotationDefaults.What, reader._errors);
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Written in the current UI culture; JSON paths and property names stay as they are in the file.
    private static string Say(string key, params object?[] args) => TextCatalog.Say("Reader." + key, args);

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => Say("KindObject"),
        JsonValueKind.Array => Say("KindList"),
        JsonValueKind.String => Say("KindString"),
        JsonValueKind.Number => Say("KindNumber"),
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                previous = current;
            }
        }

        return d[b.Length];
    }

    private void Fail(string path, string message) => _errors.Add($"{path}: {message}");

    /// <summary>Reports every property not in <paramref name="known"/>, with the nearest known name when one is close.</summary>
    private bool Object(JsonElement element, string path, string what, string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail(path, Say("MustBeObject", Identifier.Noun(what), Kind(element)));
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var near = known.Select(k => (Name: k, Distance: Distance(property.Name, k))).OrderBy(x => x.Distance).First();
                var shared = property.Name.Zip(near.Name).TakeWhile(x => char.ToLowerInvariant(x.First) == char.ToLowerInvariant(x.Second)).Count();
                var hint = near.Distance <= Math.Max(2, near.Name.Length / 3) || shared >= Math.Min(4, near.Name.Length)
                    ? Say("DidYouMean", near.Name)
                    : string.Empty;
                Fail($"{path}.{Short(property.Name)}", Say("UnknownProperty", hint, Identifier.Noun(what), string.Join(", ", known.Select(k => $"\"{k}\""))));
            }
        }

        return true;
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private string? String(JsonElement element, string path, string what, bool required = false)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var value = element.GetString()!;
            if (required && value.Length == 0)
            {
                Fail(path, Say("MustNotBeEmpty", Identifier.Noun(what)));
                return null;
            }

            return value;
        }

        Fail(path, Say("MustBeString", Identifier.Noun(what), Kind(element)));
        return null;
    }

    /// <summary>Reads a list the instance must have, of <paramref name="min"/> to <paramref name="max"/> entries; none (with the failure recorded) when it is missing.</summary>
    private List<(JsonElement Item, string Path)> RequiredList(JsonElement root, string name, string missing, string count, int min, int max)
    {
        var path = "$." + name;
        if (!TryGet(root, name, out var list))
        {
            Fail(path, Say(missing));
            return [];
        }

        var items = List(list, path, $"\"{name}\"");
        if (list.ValueKind == JsonValueKind.Array && (items.Count < min || items.Count > max))
        {
            Fail(path, Say(count, max, items.Count));
        }

        return items;
    }

    /// <summary>Reads an item's "id", which must be there and not empty; null (with the failure recorded) when it is not.</summary>
    private string? Id(JsonElement item, string path, string missing, string what)
    {
        if (!TryGet(item, "id", out var id))
        {
            Fail($"{path}.id", Say(missing));
            return null;
        }

        return String(id, $"{path}.id", what, required: true);
    }

    private long? Integer(JsonElement element, string path, string what, long min, long max, string? unit = null)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Fail(path, Say("MustBeWhole", Identifier.Noun(what), Kind(element)));
            return null;
        }

        if (!element.TryGetInt64(out var value) || value < min || value > max)
        {
            Fail(path, unit is null ? Say("WholeRange", Identifier.Noun(what), min, max, Short(element.GetRawText())) : Say("WholeRangeOf", Identifier.Noun(what), Identifier.Noun(unit), min, max, Short(element.GetRawText())));
            return null;
        }

        return value;
    }

    private List<(JsonElement Item, string Path)> List(JsonElement element, string path, string what)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Fail(path, Say("MustBeList", Identifier.Noun(what), Kind(element)));
            return [];
        }

        return [.. element.EnumerateArray().Select((item, i) => (item, Text($"{path}[{i}]")))];
    }

    private RotationProblem ReadRoot(JsonElement root)
    {
        if (!Object(root, "$", "the instance", RootProperties))
        {
            return new RotationProblem();
        }

        // Participants.
        var participants = ImmutableArray.CreateBuilder<Participant>();
        var participantPath = new Dictionary<ParticipantId, string>();
        foreach (var (item, path) in RequiredList(root, "participants", "MissingParticipants", "ParticipantCount", 2, Limits.MaxParticipants))
        {
            ReadParticipant(item, path, participants, participantPath);
        }

        // Tables.
        var tables = ImmutableArray.CreateBuilder<Group>();
        var tablePath = new Dictionary<GroupId, string>();
        var hosted = new Dictionary<ParticipantId, string>();
        foreach (var (item, path) in RequiredList(root, "tables", "MissingTables", "TableCount", 1, Limits.MaxGroups))
        {
            ReadTable(item, path, tables, tablePath, participantPath, hosted);
        }

        int? rounds = null;
        if (!TryGet(root, "rounds", out var roundsElement))
        {
            Fail("$.rounds", Say("MissingRounds"));
        }
        else
        {
            rounds = (int?)Integer(roundsElement, "$.rounds", "\"rounds\"", 1, Limits.MaxRounds);
        }

        var objective = RotationDefaults.Objective;
        if (TryGet(root, "objective", out var objectiveElement) && String(objectiveElement, "$.objective", "\"objective\"") is { } objectiveText)
        {
            switch (objectiveText)
            {
                case "spread":
                    break;
                case "fewestRepeats":
                    objective = RotationObjective.FewestRepeats;
                    break;
                default:
                    Fail("$.objective", Say("Objective", Short(objectiveText)));
                    break;
            }
        }

        string? mixBy = null;
        if (TryGet(root, "mixBy", out var mixElement))
        {
            mixBy = String(mixElement, "$.mixBy", "\"mixBy\"", required: true);
        }

        var mustShareLanguage = false;
        if (TryGet(root, "mustShareLanguage", out var languageElement))
        {
            if (languageElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                mustShareLanguage = languageElement.GetBoolean();
            }
            else
            {
                Fail("$.mustShareLanguage", Say("TrueOrFalse", Kind(languageElement)));
            }
        }

        var seed = RotationDefaults.Seed;
        if (TryGet(root, "seed", out var seedElement) && Integer(seedElement, "$.seed", "\"seed\"", int.MinValue, int.MaxValue) is { } s)
        {
            seed = (int)s;
        }

        var effort = RotationDefaults.Effort;
        if (TryGet(root, "effort", out var effortElement) && Integer(effortElement, "$.effort", "\"effort\"", 1, RotationDefaults.MaxEffort, "search steps") is { } e)
        {
            effort = e;
        }

        var timeLimit = RotationDefaults.TimeLimit;
        if (TryGet(root, "timeLimitMs", out var timeElement) && Integer(timeElement, "$.timeLimitMs", "\"timeLimitMs\"", 1, RotationJson.MaxTimeLimitMs, "milliseconds (at most one day)") is { } ms)
        {
            timeLimit = TimeSpan.FromMilliseconds(ms);
        }

        var keepApart = ReadPairs(root, "keepApart", participantPath);
        var keepTogether = ReadPairs(root, "keepTogether", participantPath);
        var metBefore = ReadPairs(root, "metBefore", participantPath);
        var apart = keepApart.Select(x => Normal(x.Pair)).ToHashSet();
        foreach (var (pair, path) in keepTogether.Where(x => apart.Contains(Normal(x.Pair))))
        {
            Fail(path, Say("ApartAndTogether", pair.First, pair.Second));
        }

        var absences = ReadAbsent(root, participantPath, rounds);
        var history = ReadSeatings(root, "history", 0, participantPath, tablePath);
        var announced = ReadSeatings(root, "announced", history.Length, participantPath, tablePath);
        if (rounds is { } r && history.Length + announced.Length > r)
        {
            Fail(history.Length > r ? "$.history" : "$.announced", Say("HistoryAndAnnounced", history.Length, announced.Length, r));
        }

        var problem = new RotationProblem
        {
            Participants = participants.ToImmutable(),
            Groups = tables.ToImmutable(),
            Rounds = rounds ?? 0,
            KeepApart = [.. keepApart.Select(x => x.Pair)],
            KeepTogether = [.. keepTogether.Select(x => x.Pair)],
            MetBefore = [.. metBefore.Select(x => x.Pair)],
            Absences = absences,
            History = history,
            Announced = announced,
            MixBy = mixBy,
            MustShareLanguage = mustShareLanguage,
            Objective = objective,
            Seed = seed,
            Effort = effort,
            TimeLimit = timeLimit,
        };
        if (_errors.Count == 0)
        {
            // The rules that need the whole instance (seats per round, keep-together groups, the held rounds' rules).
            foreach (var failure in new RotationProblemValidator().Validate(problem).Errors)
            {
                _errors.Add("$: " + ContractWords(failure.ErrorMessage));
            }
        }

        return problem;
    }

    /// <summary>The validator speaks of groups (its vocabulary covers every method); the contract speaks of tables.</summary>
    private static string ContractWords(string message) => message
        .Replace("keep-together group", "keep-together set", StringComparison.Ordinal)
        .Replace("group (table)", "table", StringComparison.Ordinal)
        .Replace("groups", "tables", StringComparison.Ordinal)
        .Replace("group", "table", StringComparison.Ordinal)
        .Replace("keep-together set", "keep-together group", StringComparison.Ordinal);

    private static ParticipantPair Normal(ParticipantPair pair) => pair.First.CompareTo(pair.Second) <= 0 ? pair : new ParticipantPair(pair.Second, pair.First);

    private void ReadParticipant(JsonElement item, string path, ImmutableArray<Participant>.Builder participants, Dictionary<ParticipantId, string> seen)
    {
        if (!Object(item, path, "a participant", ParticipantProperties))
        {
            return;
        }

        var id = Id(item, path, "MissingParticipantId", "the participant's \"id\"");

        string? name = TryGet(item, "name", out var nameElement) ? String(nameElement, $"{path}.name", "\"name\"") : null;
        var attributes = new List<KeyValuePair<string, string>>();
        if (TryGet(item, "attributes", out var attributesElement))
        {
            if (attributesElement.ValueKind != JsonValueKind.Object)
            {
                Fail($"{path}.attributes", Say("Attributes", Kind(attributesElement)));
            }
            else
            {
                foreach (var attribute in attributesElement.EnumerateObject())
                {
                    if (String(attribute.Value, $"{path}.attributes.{Short(attribute.Name)}", "an attribute value") is { } value)
                    {
                        attributes.Add(new(attribute.Name, value));
                    }
                }
            }
        }

        var languages = new List<string>();
        if (TryGet(item, "languages", out var languagesElement))
        {
            foreach (var (language, languagePath) in List(languagesElement, $"{path}.languages", "\"languages\""))
            {
                if (String(language, languagePath, "a language", required: true) is { } text)
                {
                    languages.Add(text);
                }
            }
        }

        if (id is null || Person(id, $"{path}.id") is not { } participantId)
        {
            return;
        }

        if (seen.TryGetValue(participantId, out var first))
        {
            Fail($"{path}.id", Say("ParticipantIdTwice", Short(id), first));
            return;
        }

        try
        {
            participants.Add(new Participant(participantId, name, attributes, languages));
            seen[participantId] = $"{path}.id";
        }
        catch (ArgumentException e)
        {
            Fail(path, Plain(e));
        }
    }

    private void ReadTable(JsonElement item, string path, ImmutableArray<Group>.Builder tables, Dictionary<GroupId, string> seen, Dictionary<ParticipantId, string> people, Dictionary<ParticipantId, string> hosted)
    {
        if (!Object(item, path, "a table", TableProperties))
        {
            return;
        }

        var id = Id(item, path, "MissingTableId", "the table's \"id\"");

        int? capacity = null;
        if (!TryGet(item, "capacity", out var capacityElement))
        {
            Fail($"{path}.capacity", Say("MissingCapacity"));
        }
        else
        {
            capacity = (int?)Integer(capacityElement, $"{path}.capacity", "\"capacity\"", 1, MaxCapacity, "seats");
        }

        ParticipantId? host = null;
        if (TryGet(item, "host", out var hostElement) && String(hostElement, $"{path}.host", "\"host\"", required: true) is { } hostText && Person(hostText, $"{path}.host") is { } hostId)
        {
            host = hostId;
            if (!people.ContainsKey(host.Value))
            {
                Fail($"{path}.host", Say("HostUnknown", Short(hostText)));
            }
            else if (hosted.TryGetValue(host.Value, out var other))
            {
                Fail($"{path}.host", Say("HostTwice", Short(hostText), other));
            }
            else
            {
                hosted[host.Value] = path;
            }
        }

        string? prompt = TryGet(item, "prompt", out var promptElement) ? String(promptElement, $"{path}.prompt", "\"prompt\"") : null;
        if (id is null || capacity is null || Id(id, $"{path}.id", t => new GroupId(t)) is not { } tableId)
        {
            return;
        }

        if (seen.TryGetValue(tableId, out var first))
        {
            Fail($"{path}.id", Say("TableIdTwice", Short(id), first));
            return;
        }

        try
        {
            tables.Add(new Group(tableId, capacity.Value, host, prompt is null ? null : new Prompt(prompt)));
            seen[tableId] = $"{path}.id";
        }
        catch (ArgumentException e)
        {
            Fail(path, Plain(e));
        }
    }

    private List<(ParticipantPair Pair, string Path)> ReadPairs(JsonElement root, string name, Dictionary<ParticipantId, string> people)
    {
        var pairs = new List<(ParticipantPair, string)>();
        if (!TryGet(root, name, out var element))
        {
            return pairs;
        }

        foreach (var (item, path) in List(element, "$." + name, $"\"{name}\""))
        {
            if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() != 2)
            {
                Fail(path, Say("PairShape", name));
                continue;
            }

            var ids = item.EnumerateArray().Select((x, i) => (Id: String(x, Text($"{path}[{i}]"), "a participant id", required: true), Path: Text($"{path}[{i}]"))).ToArray();
            var known = true;
            foreach (var (id, idPath) in ids)
            {
                if (id is null)
                {
                    known = false;
                }
                else if (Person(id, idPath) is not { } person)
                {
                    known = false;
                }
                else if (!people.ContainsKey(person))
                {
                    Fail(idPath, Say("UnknownPerson", Short(id)));
                    known = false;
                }
            }

            if (!known)
            {
                continue;
            }

            if (ids[0].Id == ids[1].Id)
            {
                Fail(path, Say("PairSame", Short(ids[0].Id!)));
                continue;
            }

            pairs.Add((new ParticipantPair(ids[0].Id!, ids[1].Id!), path));
        }

        return pairs;
    }

    private ImmutableArray<Absence> ReadAbsent(JsonElement root, Dictionary<ParticipantId, string> people, int? rounds)
    {
        var absences = ImmutableArray.CreateBuilder<Absence>();
        if (!TryGet(root, "absent", out var element))
        {
            return absences.ToImmutable();
        }

        foreach (var (item, path) in List(element, "$.absent", "\"absent\""))
        {
            if (!Object(item, path, "an \"absent\" entry", AbsentProperties))
            {
                continue;
            }

            string? participant = null;
            if (!TryGet(item, "participant", out var participantElement))
            {
                Fail($"{path}.participant", Say("MissingAbsentParticipant"));
            }
            else if ((participant = String(participantElement, $"{path}.participant", "\"participant\"", required: true)) is { } p)
            {
                if (Person(p, $"{path}.participant") is not { } person)
                {
                    participant = null;
                }
                else if (!people.ContainsKey(person))
                {
                    Fail($"{path}.participant", Say("UnknownPerson", Short(p)));
                    participant = null;
                }
            }

            var numbers = new List<int>();
            if (!TryGet(item, "rounds", out var roundsElement))
            {
                Fail($"{path}.rounds", Say("MissingAbsentRounds"));
            }
            else
            {
                foreach (var (number, numberPath) in List(roundsElement, $"{path}.rounds", "\"rounds\""))
                {
                    if (Integer(number, numberPath, "a round number", 1, rounds ?? Limits.MaxRounds) is { } n)
                    {
                        numbers.Add((int)n);
                    }
                }
            }

            if (participant is not null)
            {
                absences.Add(new Absence(participant, [.. numbers]));
            }
        }

        return absences.ToImmutable();
    }

    private ImmutableArray<Seating> ReadSeatings(JsonElement root, string name, int first, Dictionary<ParticipantId, string> people, Dictionary<GroupId, string> tables)
    {
        var seatings = ImmutableArray.CreateBuilder<Seating>();
        if (!TryGet(root, name, out var element))
        {
            return seatings.ToImmutable();
        }

        foreach (var (round, path) in List(element, "$." + name, $"\"{name}\""))
        {
            if (round.ValueKind != JsonValueKind.Object)
            {
                Fail(path, Say("RoundShape", name, Kind(round)));
                continue;
            }

            var groups = new List<KeyValuePair<GroupId, IEnumerable<ParticipantId>>>();
            var seatedAt = new Dictionary<ParticipantId, string>();
            var listed = new HashSet<string>(StringComparer.Ordinal);
            var valid = true;
            foreach (var table in round.EnumerateObject())
            {
                var tablePath = $"{path}.{Short(table.Name)}";
                if (Id(table.Name, tablePath, t => new GroupId(t)) is not { } tableId)
                {
                    valid = false;
                    continue;
                }

                if (!tables.ContainsKey(tableId))
                {
                    Fail(tablePath, Say("UnknownTable", Short(table.Name)));
                    valid = false;
                    continue;
                }

                if (!listed.Add(table.Name))
                {
                    Fail(tablePath, Say("TableTwice", Short(table.Name)));
                    valid = false;
                    continue;
                }

                var members = new List<ParticipantId>();
                foreach (var (person, personPath) in List(table.Value, tablePath, "a table's people"))
                {
                    if (String(person, personPath, "a participant id", required: true) is not { } id)
                    {
                        valid = false;
                        continue;
                    }

                    if (Person(id, personPath) is not { } participant)
                    {
                        valid = false;
                    }
                    else if (!people.ContainsKey(participant))
                    {
                        Fail(personPath, Say("UnknownPerson", Short(id)));
                        valid = false;
                    }
                    else if (!seatedAt.TryAdd(participant, personPath))
                    {
                        Fail(personPath, Say("SeatedTwice", Short(id), seatedAt[participant]));
                        valid = false;
                    }
                    else
                    {
                        members.Add(participant);
                    }
                }

                groups.Add(new(tableId, members));
            }

            if (valid)
            {
                seatings.Add(new Seating(new Round(first + seatings.Count + 1), groups));
            }
        }

        return seatings.ToImmutable();
    }

    /// <summary>Makes an id, or reports why the text cannot be one (blank, too long, control characters).</summary>
    private T? Id<T>(string text, string path, Func<string, T> make)
        where T : struct
    {
        try
        {
            return make(text);
        }
        catch (ArgumentException e)
        {
            Fail(path, Plain(e));
            return null;
        }
    }

    private ParticipantId? Person(string text, string path) => Id(text, path, t => new ParticipantId(t));

    private static string Plain(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
