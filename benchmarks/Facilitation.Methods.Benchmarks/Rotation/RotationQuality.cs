using System.Globalization;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Benchmarks.Rotation;

/// <summary>
/// The quality benchmark: plans every <c>rotation/*.json</c> instance with its own time limit as the safety cap and prints a
/// Markdown table against each instance's proven lower bound. Usage: <c>quality [NAME-FILTER…] [--time-limit-ms N] [--effort N]</c>.
/// </summary>
public static class RotationQuality
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optional name filters (substring match) and <c>--time-limit-ms N</c> to override every limit.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>0 when every plan kept the hard rules, else 1.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        TimeSpan? limit = null;
        long? effort = null;
        var filters = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--time-limit-ms" && i + 1 < args.Length)
            {
                limit = TimeSpan.FromMilliseconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
            }
            else if (args[i] == "--effort" && i + 1 < args.Length)
            {
                effort = long.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                filters.Add(args[i]);
            }
        }

        var directory = Path.Combine(AppContext.BaseDirectory, "rotation");
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Where(f => filters.Count == 0 || filters.Any(x => Path.GetFileName(f).Contains(x, StringComparison.Ordinal)));
        output.WriteLine("| instance | objective | people | groups | rounds | lower bound | repeated pairs | most meetings | revisits | unbalanced | moved | stopped by | time to best | total time | cap |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        var ok = true;
        var planner = new RotationPlanner();
        foreach (var file in files)
        {
            var problem = RotationJson.ReadProblem(File.ReadAllText(file));
            if (limit is { } l)
            {
                problem = problem with { TimeLimit = l };
            }

            if (effort is { } e)
            {
                problem = problem with { Effort = e };
            }

            var plan = planner.Plan(problem);
            var report = plan.Report;
            var problems = plan.Rounds.SelectMany((s, r) => s.FindProblems(problem.Groups, problem.Participants.Select(p => p.Id).Where(p => !problem.Absences.Any(a => a.Participant == p && a.Rounds.Contains(r + 1))))).ToList();
            ok &= problems.Count == 0;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {Path.GetFileNameWithoutExtension(file)} | {problem.Objective} | {problem.Participants.Length} | {problem.Groups.Length} | {problem.Rounds} | {report.LowerBound} | {report.RepeatedPairs} | {report.MaxMeetings} | {report.TableRevisits} | {report.UnbalancedRounds} | {(report.Moved is { } m ? m.ToString(CultureInfo.InvariantCulture) : "–")} | {report.StoppedBy} | {report.TimeToBest.TotalSeconds:0.000} s | {report.Elapsed.TotalSeconds:0.000} s | {problem.TimeLimit.TotalSeconds:0.#} s |"));
            foreach (var text in problems)
            {
                output.WriteLine($"  HARD RULE BROKEN: {text}");
            }
        }

        return ok ? 0 : 1;
    }
}
