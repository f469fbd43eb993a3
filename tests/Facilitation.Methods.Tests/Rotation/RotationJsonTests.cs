using System.Text.Json;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Rotation;

public class RotationJsonTests
{
    /// <summary>The instance example of the JSON contract, with p01–p07 and p09 filled in so it is valid.</summary>
    internal const string SpecInstance = """
        {
          "participants": [
            { "id": "p01", "name": "Pan", "attributes": { "village": "Qiaobei" } },
            { "id": "p02" }, { "id": "p03" }, { "id": "p04" }, { "id": "p05" }, { "id": "p06" }, { "id": "p07" }, { "id": "p09" }
          ],
          "tables": [
            { "id": "t1", "capacity": 6, "host": "p01", "prompt": "What hurts most in village governance?" },
            { "id": "t2", "capacity": 6 }
          ],
          "rounds": 4,
          "keepApart": [["p03", "p04"]],
          "keepTogether": [["p05", "p06"]],
          "absent": [{ "participant": "p07", "rounds": [1, 2] }],
          "history": [
            { "t1": ["p01", "p02", "p03"], "t2": ["p04", "p05", "p06", "p09"] }
          ],
          "mixBy": "village",
          "seed": 42,
          "timeLimitMs": 2000
        }
        """;

    [Fact]
    public void ReadProblem_SpecExample_ReadsEveryField()
    {
        var problem = RotationJson.ReadProblem(SpecInstance);
        Assert.Equal(8, problem.Participants.Length);
        Assert.Equal("Pan", problem.Participants[0].DisplayName);
        Assert.Equal("Qiaobei", problem.Participants[0].GetAttribute("village"));
        Assert.Equal(new ParticipantId("p01"), problem.Groups[0].Host);
        Assert.Equal("What hurts most in village governance?", problem.Groups[0].Prompt?.Text);
        Assert.Equal(4, problem.Rounds);
        Assert.Equal(new ParticipantPair("p03", "p04"), Assert.Single(problem.KeepApart));
        Assert.Equal(new ParticipantPair("p05", "p06"), Assert.Single(problem.KeepTogether));
        Assert.Equal([1, 2], Assert.Single(problem.Absences).Rounds.ToArray());
        Assert.Equal(["p04", "p05", "p06", "p09"], Assert.Single(problem.History).MembersOf("t2").Select(p => p.Value));
        Assert.Equal("village", problem.MixBy);
        Assert.Equal(42, problem.Seed);
        Assert.Equal(TimeSpan.FromSeconds(2), problem.TimeLimit);
        Assert.Equal(RotationObjective.Spread, problem.Objective);
    }

    [Theory]
    [InlineData("spread", RotationObjective.Spread)]
    [InlineData("fewestRepeats", RotationObjective.FewestRepeats)]
    public void ReadProblem_Objective_IsRead(string text, RotationObjective expected) =>
        Assert.Equal(expected, RotationJson.ReadProblem($$"""{ "participants": [{ "id": "a" }, { "id": "b" }], "tables": [{ "id": "t", "capacity": 2 }], "rounds": 1, "objective": "{{text}}" }""").Objective);

    [Fact]
    public void ReadProblem_MinimalInstance_UsesTheDefaults()
    {
        var problem = RotationJson.ReadProblem("""{ "participants": [{ "id": "村委会主任-07" }, { "id": "b" }], "tables": [{ "id": "桌1", "capacity": 2 }], "rounds": 1 }""");
        Assert.Equal(0, problem.Seed);
        Assert.Equal(TimeSpan.FromSeconds(2), problem.TimeLimit);
        Assert.Null(problem.MixBy);
        Assert.Empty(problem.History);
    }

    [Fact]
    public void ReadProblem_InvalidInstance_ListsEveryProblem()
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem("""
            { "participants": [{ "id": "a" }, { "name": "no id" }], "tables": [{ "id": "t", "capacity": 0 }],
              "keepApart": [["a"]], "objective": "best" }
            """));
        Assert.Equal(
            [
                "$.participants[1].id: missing; every participant needs an \"id\".",
                "$.tables[0].capacity: \"capacity\" must be a whole number of seats from 1 to 10000; it is 0.",
                "$.rounds: missing; the instance needs \"rounds\": the number of rounds to seat, history included.",
                "$.objective: must be \"spread\" or \"fewestRepeats\"; it is \"best\".",
                "$.keepApart[0]: each entry of \"keepApart\" must be a list of exactly two participant ids.",
            ],
            e.Errors.ToArray());
    }

    [Fact]
    public void ReadProblem_ValidShapeButInvalidProblem_ListsValidationErrors()
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem("""{ "participants": [{ "id": "a" }, { "id": "b" }, { "id": "c" }], "tables": [{ "id": "t", "capacity": 2 }], "rounds": 2 }"""));
        Assert.Equal(["$: Round 1 has 3 people present but only 2 seats; add tables or seats, or mark people absent.", "$: Round 2 has 3 people present but only 2 seats; add tables or seats, or mark people absent."], e.Errors.ToArray());
    }

    [Theory]
    [InlineData("not json", "$: the instance is not valid JSON")]
    [InlineData("null", "$: the instance must be an object; it is null.")]
    [InlineData("[]", "$: the instance must be an object; it is a list.")]
    public void ReadProblem_NotAnInstance_SaysSo(string json, string expected)
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(json));
        Assert.StartsWith(expected, Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void WritePlan_SpecExample_FollowsTheContract()
    {
        var problem = RotationJson.ReadProblem(SpecInstance);
        var plan = RotationTestProblems.Planner().Plan(problem);
        using var document = JsonDocument.Parse(RotationJson.WritePlan(plan));
        var rounds = document.RootElement.GetProperty("rounds");
        Assert.Equal(4, rounds.GetArrayLength());
        Assert.Equal(["t1", "t2"], rounds[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["p01", "p02", "p03"], rounds[0].GetProperty("t1").EnumerateArray().Select(p => p.GetString()));
        var metrics = document.RootElement.GetProperty("metrics");
        Assert.Equal(plan.Report.RepeatedPairs, metrics.GetProperty("repeatedPairs").GetInt32());
        Assert.Equal(plan.Report.MaxMeetings, metrics.GetProperty("maxMeetings").GetInt32());
        Assert.Equal(plan.Report.TableRevisits, metrics.GetProperty("tableRevisits").GetInt32());
        Assert.Equal(plan.Report.LowerBound, metrics.GetProperty("lowerBound").GetInt32());
        Assert.True(metrics.GetProperty("elapsedMs").GetInt64() >= 0);
    }

    [Fact]
    public void WritePlan_ReadBackAsHistory_RoundTripsTheSeatings()
    {
        var problem = RotationJson.ReadProblem("""{ "participants": [{ "id": "村委会主任-07" }, { "id": "b" }, { "id": "c" }, { "id": "d" }], "tables": [{ "id": "桌1", "capacity": 2 }, { "id": "桌2", "capacity": 2 }, { "id": "empty", "capacity": 2 }], "rounds": 2 }""");
        var plan = RotationTestProblems.Planner().Plan(problem);
        var json = RotationJson.WritePlan(plan);
        Assert.Contains("村委会主任-07", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var history = document.RootElement.GetProperty("rounds").GetRawText();
        var replay = RotationJson.ReadProblem($$"""{ "participants": [{ "id": "村委会主任-07" }, { "id": "b" }, { "id": "c" }, { "id": "d" }], "tables": [{ "id": "桌1", "capacity": 2 }, { "id": "桌2", "capacity": 2 }, { "id": "empty", "capacity": 2 }], "rounds": 2, "history": {{history}} }""");
        Assert.Equal(plan.Rounds.ToArray(), replay.History.ToArray());
    }
}
