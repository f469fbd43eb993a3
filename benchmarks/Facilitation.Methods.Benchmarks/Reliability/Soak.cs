using System.Globalization;

namespace Facilitation.Methods.Benchmarks.Reliability;

/// <summary>
/// The long form of the CI stress tests: <c>soak [--threads 16] [--commands 10000] [--sessions 2] [--seed 1]</c> runs one café and
/// then many sessions under that load, prints a Markdown table and every broken guarantee, and exits 1 if any was found.
/// </summary>
internal static class Soak
{
    public static int Run(string[] args, TextWriter output)
    {
        var threads = Option(args, "--threads", 16);
        var commands = Option(args, "--commands", 10_000);
        var sessions = Option(args, "--sessions", 2);
        var seed = Option(args, "--seed", 1);
        output.WriteLine($"Soak: {threads} threads × {commands:N0} commands, seed {seed}, {Environment.ProcessorCount} cores.");
        output.WriteLine();
        output.WriteLine("| run | sessions | threads | commands per thread | sent | accepted | refused | retried | versions delivered | refused at capacity | time | violations |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StressReport[] reports = [StressDriver.OneCafe(threads, commands, seed), StressDriver.ManySessions(sessions, threads, commands, seed)];
        foreach (var report in reports)
        {
            output.WriteLine(report.Row());
        }

        foreach (var violation in reports.SelectMany(r => r.Violations))
        {
            output.WriteLine($"VIOLATION: {violation}");
        }

        return reports.Any(r => r.Violations.Count > 0) ? 1 : 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
