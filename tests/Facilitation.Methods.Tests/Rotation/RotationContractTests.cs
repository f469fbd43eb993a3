using System.Text.Json;
using Facilitation.Methods.Rotation;
using Facilitation.Planner;
using Json.Schema;

namespace Facilitation.Methods.Tests.Rotation;

/// <summary>The strict JSON contract (docs/rotation-contract.md) and its JSON Schemas (docs/schemas).</summary>
public class RotationContractTests
{
    /// <summary>The instance of the issue: "absences" for "absent" — the absent person used to be seated.</summary>
    public const string MisspeltKey = """
        {
          "participants": [{ "id": "p1" }, { "id": "p2" }, { "id": "p3" }],
          "tables": [{ "id": "t1", "capacity": 2 }, { "id": "t2", "capacity": 2 }],
          "rounds": 2,
          "absences": [{ "participant": "p3", "rounds": [1] }]
        }
        """;

    /// <summary>Eleven problems at once, shape and rules alike.</summary>
    public const string ElevenProblems = """
        {
          "participants": [{ "id": "p1" }, { "name": "no id" }, { "id": "p1" }, { "id": "p2" }, { "id": "p3" }],
          "tables": [
            { "id": "t1", "capacity": 2147483647 },
            { "id": "t2", "capacity": 4, "host": "ghost" },
            { "id": "t3", "capacity": 4, "colour": "red" }
          ],
          "rounds": 0,
          "keepApart": [["p2", "nobody"]],
          "absences": [{ "participant": "p3", "rounds": [1] }],
          "objective": "fair",
          "timeLimitMs": 99999999999999999,
          "seed": "seven"
        }
        """;

    private static readonly string Root = Repository.Root;

    private static readonly Lazy<JsonSchema> InstanceSchema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schemas", "rotation-instance.schema.json"))));

    private static readonly Lazy<JsonSchema> PlanSchema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schemas", "rotation-plan.schema.json"))));

    [Fact]
    public void ReadProblem_MisspeltKey_IsRefusedWithItsPathAndTheNearestName()
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(MisspeltKey));
        var error = Assert.Single(e.Errors);
        Assert.StartsWith("$.absences: unknown property (did you mean \"absent\"?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadProblem_ElevenProblems_ReportsAllElevenWithTheirPaths()
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(ElevenProblems));
        var paths = e.Errors.Select(x => x[..x.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["$.absences", "$.keepApart[0][1]", "$.objective", "$.participants[1].id", "$.participants[2].id", "$.rounds", "$.seed", "$.tables[0].capacity", "$.tables[1].host", "$.tables[2].colour", "$.timeLimitMs"],
            paths);
        Assert.Contains(e.Errors, x => x.Contains("from 1 to 10000; it is 2147483647", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Contains("from 1 to 86400000; it is 99999999999999999", StringComparison.Ordinal));
        Assert.DoesNotContain(e.Errors, x => x.Contains("group", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("\"capacity\": 2147483647", "$.tables[0].capacity")]
    [InlineData("\"capacity\": 1e400", "$.tables[0].capacity")]
    [InlineData("\"capacity\": 2.5", "$.tables[0].capacity")]
    [InlineData("\"capacity\": -1", "$.tables[0].capacity")]
    public void ReadProblem_CapacityThatDoesNotFit_IsAnErrorNotACrash(string capacity, string path)
    {
        var json = $$"""{ "participants": [{ "id": "a" }, { "id": "b" }], "tables": [{ "id": "t", {{capacity}} }], "rounds": 1 }""";
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(json));
        Assert.StartsWith(path + ":", Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"timeLimitMs\": 99999999999999999", "$.timeLimitMs")]
    [InlineData("\"timeLimitMs\": 0", "$.timeLimitMs")]
    [InlineData("\"effort\": 0", "$.effort")]
    [InlineData("\"effort\": 1000000000001", "$.effort")]
    [InlineData("\"seed\": 2147483648", "$.seed")]
    [InlineData("\"rounds\": 101", "$.rounds")]
    public void ReadProblem_NumberOutOfRange_IsAnErrorNamingItsPath(string field, string path)
    {
        var json = $$"""{ "participants": [{ "id": "a" }, { "id": "b" }], "tables": [{ "id": "t", "capacity": 2 }], "rounds": 1, {{field}} }""".Replace("\"rounds\": 1, \"rounds\"", "\"rounds\"", StringComparison.Ordinal);
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(json));
        Assert.StartsWith(path + ":", Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadProblem_RuleNeedingTheWholeInstance_UsesTheContractsWords()
    {
        var json = """{ "participants": [{ "id": "a" }, { "id": "b" }, { "id": "c" }], "tables": [{ "id": "t", "capacity": 2 }], "rounds": 1 }""";
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(json));
        Assert.Equal("$: Round 1 has 3 people present but only 2 seats; add tables or seats, or mark people absent.", Assert.Single(e.Errors));
    }

    [Fact]
    public void Run_TimeLimitThatDoesNotFit_IsAUsageErrorNotACrash()
    {
        using var stdin = new StringReader(RotationJsonTests.SpecInstance);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PlannerCommand.Run(["plan", "--time-limit-ms", "99999999999999999"], stdin, stdout, stderr);
        Assert.Equal(PlannerCommand.Usage, code);
        Assert.Empty(stdout.ToString());
        Assert.StartsWith("--time-limit-ms must be a whole number of milliseconds from 1 to 86400000", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InstanceWithOverflowingCapacity_ExitsTwoWithThePath()
    {
        using var stdin = new StringReader(ElevenProblems);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PlannerCommand.Run(["plan"], stdin, stdout, stderr);
        Assert.Equal(PlannerCommand.Invalid, code);
        Assert.Empty(stdout.ToString());
        Assert.Equal(11, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void InstanceSchema_EveryBenchmarkInstance_IsValid()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "benchmarks", "Facilitation.Methods.Benchmarks", "rotation"), "*.json");
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var result = InstanceSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{Path.GetFileName(file)} does not match the instance schema.");
            RotationJson.ReadProblem(File.ReadAllText(file));
        });
    }

    [Theory]
    [InlineData(MisspeltKey)]
    [InlineData(ElevenProblems)]
    public void InstanceSchema_InstanceTheReaderRefuses_IsInvalidToo(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(InstanceSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void PlanSchema_PlansOfTheTestProblems_AreValid()
    {
        var problems = Enumerable.Range(0, 12).Select(RotationTestProblems.RandomProblem)
            .Append(RotationTestProblems.Golfers(3, 4, 3))
            .Append(RotationJson.ReadProblem(File.ReadAllText(Path.Combine(Root, "benchmarks", "Facilitation.Methods.Benchmarks", "rotation", "stable-leave-29.json"))));
        Assert.All(problems, problem =>
        {
            var json = RotationJson.WritePlan(RotationTestProblems.Planner(200).Plan(problem));
            using var document = JsonDocument.Parse(json);
            Assert.True(PlanSchema.Value.Evaluate(document.RootElement).IsValid, json);
        });
    }

    [Fact]
    public void Plan_StableJoin_MovesNobodyAndKeepsTheTablesBalanced()
    {
        var problem = RotationJson.ReadProblem(File.ReadAllText(Path.Combine(Root, "benchmarks", "Facilitation.Methods.Benchmarks", "rotation", "stable-join-29.json")));
        var plan = RotationTestProblems.Planner(300).Plan(problem);
        Assert.Equal(0, plan.Report.Moved);
        Assert.Equal(0, plan.Report.UnbalancedRounds);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Fact]
    public void Plan_StableLeave_MovesAtMostOnePersonPerRemainingRound()
    {
        var problem = RotationJson.ReadProblem(File.ReadAllText(Path.Combine(Root, "benchmarks", "Facilitation.Methods.Benchmarks", "rotation", "stable-leave-29.json")));
        var plan = RotationTestProblems.Planner(300).Plan(problem);
        Assert.InRange(plan.Report.Moved!.Value, 0, problem.Announced.Length);
        Assert.Equal(0, plan.Report.UnbalancedRounds);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }
}
