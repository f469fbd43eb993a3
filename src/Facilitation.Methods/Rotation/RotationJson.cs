using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Reads rotation instances and writes plans in the JSON contract that tools in any language use
/// (<c>docs/rotation.md</c>, "The JSON contract"). Uses System.Text.Json source generation: no reflection.
/// </summary>
public static class RotationJson
{
    private static readonly RotationJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The largest <c>timeLimitMs</c> an instance may give: one day.</summary>
    public const long MaxTimeLimitMs = 86_400_000;

    /// <summary>The largest <c>effort</c> an instance may give.</summary>
    public const long MaxEffort = RotationDefaults.MaxEffort;

    /// <summary>Reads an instance into a problem, checking it fully.</summary>
    /// <param name="json">The instance document.</param>
    /// <returns>The problem, valid for <see cref="RotationPlanner.Plan(RotationProblem, CancellationToken)"/>.</returns>
    /// <exception cref="InvalidDesignException">The text is not a valid instance; <see cref="InvalidDesignException.Errors"/> lists every problem found.</exception>
    public static RotationProblem ReadProblem(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        InstanceDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, Context.InstanceDocument);
        }
        catch (JsonException e)
        {
            throw new InvalidDesignException(RotationDefaults.What, [$"The instance is not valid JSON or has a value of the wrong type: {e.Message}"]);
        }

        if (document is null)
        {
            throw new InvalidDesignException(RotationDefaults.What, ["The instance is empty; it must be a JSON object with \"participants\", \"tables\" and \"rounds\"."]);
        }

        var errors = new List<string>();
        var problem = Convert(document, errors);
        if (errors.Count == 0)
        {
            errors.AddRange(new RotationProblemValidator().Validate(problem).Errors.Select(e => e.ErrorMessage));
        }

        return errors.Count == 0 ? problem : throw new InvalidDesignException(RotationDefaults.What, errors);
    }

    /// <summary>Writes a plan as the contract's plan document: the rounds (every table, empty ones as <c>[]</c>) and the metrics.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Indented UTF-8 JSON text.</returns>
    public static string WritePlan(RotationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var report = plan.Report;
        var document = new PlanDocument
        {
            Rounds = [.. plan.Rounds.Select(s => s.Groups.ToDictionary(g => g.Value, g => s.MembersOf(g).Select(p => p.Value).ToList()))],
            Metrics = new MetricsDocument
            {
                RepeatedPairs = report.RepeatedPairs,
                MaxMeetings = report.MaxMeetings,
                TableRevisits = report.TableRevisits,
                LowerBound = report.LowerBound,
                ElapsedMs = (long)report.Elapsed.TotalMilliseconds,
                Gap = report.Gap,
                MinDistinctMet = report.MinDistinctMet,
                MeanDistinctMet = Math.Round(report.MeanDistinctMet, 3),
                SameAttributePairs = report.SameAttributePairs,
                TimeToBestMs = (long)report.TimeToBest.TotalMilliseconds,
                UnbalancedRounds = report.UnbalancedRounds,
                StoppedBy = report.StoppedBy switch
                {
                    StopReason.Bound => "bound",
                    StopReason.Effort => "effort",
                    StopReason.Time => "time",
                    StopReason.Cancelled => "cancelled",
                    _ => null,
                },
            },
        };
        return JsonSerializer.Serialize(document, Context.PlanDocument);
    }

    private static RotationProblem Convert(InstanceDocument document, List<string> errors)
    {
        var participants = ImmutableArray.CreateBuilder<Participant>();
        if (document.Participants is null)
        {
            errors.Add("The instance needs \"participants\": a list of at least 2 people, each with an \"id\".");
        }

        foreach (var (item, i) in (document.Participants ?? []).Select((p, i) => (p, i + 1)))
        {
            if (item?.Id is null)
            {
                errors.Add(Text($"Participant {i} has no \"id\"."));
                continue;
            }

            Try(errors, $"Participant {i} ('{Short(item.Id)}')", () => participants.Add(new Participant(item.Id, item.Name, item.Attributes, item.Languages)));
        }

        var groups = ImmutableArray.CreateBuilder<Group>();
        if (document.Tables is null)
        {
            errors.Add("The instance needs \"tables\": a list of at least one table, each with an \"id\" and a \"capacity\".");
        }

        foreach (var (item, i) in (document.Tables ?? []).Select((t, i) => (t, i + 1)))
        {
            if (item?.Id is null)
            {
                errors.Add(Text($"Table {i} has no \"id\"."));
                continue;
            }

            if (item.Capacity is not { } capacity || capacity < 1)
            {
                errors.Add(Text($"Table '{Short(item.Id)}' needs a \"capacity\" of at least 1{(item.Capacity is { } c ? $"; it has {c}" : string.Empty)}."));
                continue;
            }

            Try(errors, $"Table '{Short(item.Id)}'", () => groups.Add(new Group(item.Id, capacity, item.Host is null ? (ParticipantId?)null : new ParticipantId(item.Host), item.Prompt is null ? null : new Prompt(item.Prompt))));
        }

        if (document.Rounds is null)
        {
            errors.Add("The instance needs \"rounds\": the number of rounds to seat (history included), at least 1.");
        }

        var objective = RotationDefaults.Objective;
        switch (document.Objective)
        {
            case null or "spread":
                break;
            case "fewestRepeats":
                objective = RotationObjective.FewestRepeats;
                break;
            default:
                errors.Add($"The \"objective\" must be \"spread\" or \"fewestRepeats\"; it is \"{Short(document.Objective)}\".");
                break;
        }

        // A time limit a TimeSpan cannot hold would make TimeSpan.FromMilliseconds throw; refuse it like any other bad value.
        var timeLimit = RotationDefaults.TimeLimit;
        if (document.TimeLimitMs is { } ms)
        {
            const long MaxMs = (long)(long.MaxValue / TimeSpan.TicksPerMillisecond);
            if (ms is > MaxMs or < -MaxMs)
            {
                errors.Add(Text($"The \"timeLimitMs\" must be a positive number of milliseconds of at most {MaxMs}; it is {ms}."));
            }
            else
            {
                timeLimit = TimeSpan.FromMilliseconds(ms);
            }
        }

        return new RotationProblem
        {
            Participants = participants.ToImmutable(),
            Groups = groups.ToImmutable(),
            Rounds = document.Rounds ?? 0,
            KeepApart = Pairs(document.KeepApart, "keepApart", errors),
            KeepTogether = Pairs(document.KeepTogether, "keepTogether", errors),
            Absences = Absences(document.Absent, errors),
            History = History(document.History, errors),
            MixBy = document.MixBy,
            MustShareLanguage = document.MustShareLanguage ?? false,
            Objective = objective,
            Seed = document.Seed ?? RotationDefaults.Seed,
            Effort = document.Effort ?? RotationDefaults.Effort,
            TimeLimit = timeLimit,
        };
    }

    private static ImmutableArray<ParticipantPair> Pairs(List<List<string?>?>? items, string name, List<string> errors)
    {
        var pairs = ImmutableArray.CreateBuilder<ParticipantPair>();
        foreach (var (item, i) in (items ?? []).Select((p, i) => (p, i + 1)))
        {
            if (item is not [{ } first, { } second])
            {
                errors.Add(Text($"Entry {i} of \"{name}\" must be a list of exactly two participant ids."));
                continue;
            }

            Try(errors, Text($"Entry {i} of \"{name}\""), () => pairs.Add(new ParticipantPair(first, second)));
        }

        return pairs.ToImmutable();
    }

    private static ImmutableArray<Absence> Absences(List<AbsentDocument?>? items, List<string> errors)
    {
        var absences = ImmutableArray.CreateBuilder<Absence>();
        foreach (var (item, i) in (items ?? []).Select((a, i) => (a, i + 1)))
        {
            if (item?.Participant is null || item.Rounds is null)
            {
                errors.Add(Text($"Entry {i} of \"absent\" needs a \"participant\" and a list of \"rounds\"."));
                continue;
            }

            Try(errors, Text($"Entry {i} of \"absent\""), () => absences.Add(new Absence(item.Participant, [.. item.Rounds])));
        }

        return absences.ToImmutable();
    }

    private static ImmutableArray<Seating> History(List<Dictionary<string, List<string?>?>?>? rounds, List<string> errors)
    {
        var history = ImmutableArray.CreateBuilder<Seating>();
        foreach (var (round, i) in (rounds ?? []).Select((r, i) => (r, i + 1)))
        {
            if (round is null || round.Values.Any(v => v is null || v.Contains(null)))
            {
                errors.Add(Text($"History round {i} must map each table id to a list of participant ids."));
                continue;
            }

            Try(errors, Text($"History round {i}"), () => history.Add(new Seating(
                new Round(i),
                round.Select(kv => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(kv.Key, kv.Value!.Select(p => new ParticipantId(p!)).ToList())))));
        }

        return history.ToImmutable();
    }

    private static void Try(List<string> errors, string where, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
            errors.Add($"{where}: {message}");
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
