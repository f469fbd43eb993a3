using System.Globalization;
using Facilitation.Methods;
using Facilitation.Methods.Rotation;

namespace Facilitation.Planner;

/// <summary>
/// The planner command of the JSON contract: <c>plan [FILE|-] [--time-limit-ms N] [--effort N] [--seed N]</c> reads an instance, writes the
/// plan to standard output and returns 0; on an invalid instance it writes every error to standard error, nothing to standard
/// output, and returns 2. Usage errors return 1.
/// </summary>
public static class PlannerCommand
{
    /// <summary>Exit code of a plan written.</summary>
    public const int Ok = 0;

    /// <summary>Exit code of a command line that cannot be understood.</summary>
    public const int Usage = 1;

    /// <summary>Exit code of an invalid instance.</summary>
    public const int Invalid = 2;

    private const string UsageText = "usage: Facilitation.Planner plan [FILE|-] [--time-limit-ms N] [--effort N] [--seed N]";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="planner">The planner to use; null for a new one.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, RotationPlanner? planner = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] != "plan")
        {
            error.WriteLine(UsageText);
            return Usage;
        }

        string? file = null;
        int? seed = null;
        long? timeLimitMs = null;
        long? effort = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--time-limit-ms" or "--effort" when i + 1 < args.Count:
                    var (max, unit) = args[i] == "--effort" ? (RotationJson.MaxEffort, "search steps") : (RotationJson.MaxTimeLimitMs, "milliseconds");
                    if (!long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
                    {
                        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[i]} must be a whole number of {unit} from 1 to {max}; it is '{args[i + 1]}'."));
                        error.WriteLine(UsageText);
                        return Usage;
                    }

                    if (args[i] == "--effort")
                    {
                        effort = value;
                    }
                    else
                    {
                        timeLimitMs = value;
                    }

                    i++;
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && file is null:
                    file = a;
                    break;
                default:
                    error.WriteLine($"Cannot understand '{args[i]}'.");
                    error.WriteLine(UsageText);
                    return Usage;
            }
        }

        string json;
        try
        {
            json = file is null or "-" ? input.ReadToEnd() : File.ReadAllText(file);
        }
        catch (IOException e)
        {
            error.WriteLine($"Cannot read '{file}': {e.Message}");
            return Invalid;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"Cannot read '{file}': {e.Message}");
            return Invalid;
        }

        try
        {
            var problem = RotationJson.ReadProblem(json);
            problem = problem with
            {
                Seed = seed ?? problem.Seed,
                TimeLimit = timeLimitMs is { } ms ? TimeSpan.FromMilliseconds(ms) : problem.TimeLimit,
                Effort = effort ?? problem.Effort,
            };
            var plan = (planner ?? new RotationPlanner()).Plan(problem);
            output.WriteLine(RotationJson.WritePlan(plan));
            return Ok;
        }
        catch (InvalidDesignException e)
        {
            foreach (var message in e.Errors)
            {
                error.WriteLine(message);
            }

            return Invalid;
        }
    }
}
