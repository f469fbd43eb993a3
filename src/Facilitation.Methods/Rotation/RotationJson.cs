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

    /// <summary>Reads an instance into a problem, strictly: a property the contract does not name, a value of the wrong type or out of range, and every rule broken are all reported in one run, each with its JSON path.</summary>
    /// <param name="json">The instance document.</param>
    /// <returns>The problem, valid for <see cref="RotationPlanner.Plan(RotationProblem, CancellationToken)"/>.</returns>
    /// <exception cref="InvalidDesignException">The text is not a valid instance; <see cref="InvalidDesignException.Errors"/> lists every problem found, each starting with its JSON path (<c>$.tables[2].capacity: …</c>).</exception>
    public static RotationProblem ReadProblem(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return RotationInstanceReader.Read(json);
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
                Moved = plan.Report.Moved,
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
}
