using Facilitation.Methods.Rotation;
using Facilitation.Methods.Tests.Rotation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Facilitation.Methods.Tests.Reliability;

/// <summary>
/// Hostile and malformed planner instances (<see cref="RotationJson.ReadProblem"/>): truncated JSON, wrong types, nulls, huge
/// strings, control characters, negative and overflowing numbers, unknown enum values, duplicates, deep nesting — each refused
/// with <see cref="InvalidDesignException"/> and a short message that says what is wrong; never another exception.
/// </summary>
public class PlannerInstanceHostileInputTests
{
    public const int Runs = 300;

    private static string Spec(string find, string replace)
    {
        Assert.Contains(find, RotationJsonTests.SpecInstance, StringComparison.Ordinal);
        return RotationJsonTests.SpecInstance.Replace(find, replace, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> HostileInstances() => new()
    {
        { "empty text", string.Empty, "not valid JSON" },
        { "null document", "null", "must be an object" },
        { "an array, not an object", "[]", "must be an object" },
        { "truncated", RotationJsonTests.SpecInstance[..(RotationJsonTests.SpecInstance.Length / 2)], "not valid JSON" },
        { "rounds as text", Spec("\"rounds\": 4", "\"rounds\": \"four\""), "$.rounds" },
        { "rounds negative", Spec("\"rounds\": 4", "\"rounds\": -1"), "round" },
        { "rounds overflowing int", Spec("\"rounds\": 4", "\"rounds\": 2147483648"), "$.rounds" },
        { "rounds over the limit", Spec("\"rounds\": 4", "\"rounds\": 1000000"), "round" },
        { "capacity zero", Spec("\"capacity\": 6, \"host\"", "\"capacity\": 0, \"host\""), "capacity" },
        { "capacity negative", Spec("\"capacity\": 6, \"host\"", "\"capacity\": -6, \"host\""), "capacity" },
        { "capacity as text", Spec("\"capacity\": 6, \"host\"", "\"capacity\": \"6\", \"host\""), "$.tables[0].capacity" },
        { "participants as object", Spec("\"participants\": [", "\"participants\": {}, \"x\": ["), "$.participants" },
        { "participant null", Spec("{ \"id\": \"p02\" }", "null"), "$.participants[1]" },
        { "participant id blank", Spec("{ \"id\": \"p02\" }", "{ \"id\": \"  \" }"), "$.participants[1]" },
        { "participant id huge", Spec("{ \"id\": \"p02\" }", "{ \"id\": \"" + new string('x', 1_000_000) + "\" }"), "$.participants[1]" },
        { "participant id with a control character", Spec("{ \"id\": \"p02\" }", "{ \"id\": \"p\\u000002\" }"), "$.participants[1]" },
        { "participant name with a control character", Spec("\"name\": \"Pan\"", "\"name\": \"P\\u0007an\""), "$.participants[0]" },
        { "duplicate participant", Spec("{ \"id\": \"p03\" }", "{ \"id\": \"p02\" }"), "p02" },
        { "table without id", Spec("{ \"id\": \"t2\", \"capacity\": 6 }", "{ \"capacity\": 6 }"), "$.tables[1].id" },
        { "unknown objective", Spec("\"seed\": 42", "\"seed\": 42, \"objective\": \"maximiseChaos\""), "objective" },
        { "objective as number", Spec("\"seed\": 42", "\"seed\": 42, \"objective\": 3"), "$.objective" },
        { "time limit negative", Spec("\"timeLimitMs\": 2000", "\"timeLimitMs\": -1"), "time" },
        { "time limit zero", Spec("\"timeLimitMs\": 2000", "\"timeLimitMs\": 0"), "time" },
        { "time limit overflowing a TimeSpan", Spec("\"timeLimitMs\": 2000", "\"timeLimitMs\": 9223372036854775807"), "time" },
        { "time limit overflowing long", Spec("\"timeLimitMs\": 2000", "\"timeLimitMs\": 99999999999999999999"), "$.timeLimitMs" },
        { "seed fractional", Spec("\"seed\": 42", "\"seed\": 4.2"), "$.seed" },
        { "absent in round zero", Spec("\"rounds\": [1, 2]", "\"rounds\": [0, 2]"), "$.absent[0].rounds[0]" },
        { "absent round null", Spec("\"rounds\": [1, 2]", "\"rounds\": [null]"), "$.absent[0].rounds[0]" },
        { "keep-apart pair of one", Spec("[[\"p03\", \"p04\"]]", "[[\"p03\"]]"), "keepApart" },
        { "keep-apart null pair", Spec("[[\"p03\", \"p04\"]]", "[null]"), "apart" },
        { "history round null", Spec("{ \"t1\": [\"p01\", \"p02\", \"p03\"], \"t2\": [\"p04\", \"p05\", \"p06\", \"p09\"] }", "null"), "$.history[0]" },
        { "history unknown table", Spec("\"t1\": [\"p01\", \"p02\", \"p03\"]", "\"t9\": [\"p01\", \"p02\", \"p03\"]"), "t9" },
        { "deeply nested", new string('[', 10_000) + new string(']', 10_000), "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(HostileInstances))]
    public void ReadProblem_HostileInstance_IsRefusedWithAShortClearMessage(string what, string json, string mentions)
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(json));
        Assert.NotEmpty(e.Errors);
        Assert.True(e.Message.Length < 4_000, $"{what}: the message has {e.Message.Length} characters");
        Assert.True(e.Message.Contains(mentions, StringComparison.OrdinalIgnoreCase), $"{what}: the message does not mention '{mentions}': {e.Message}");
    }

    [Fact]
    public void ReadProblem_ExtraFields_AreRefusedEachWithItsPath()
    {
        var e = Assert.Throws<InvalidDesignException>(() => RotationJson.ReadProblem(Spec("\"seed\": 42", "\"seed\": 42, \"comment\": \"from the 2025 workshop\", \"future\": { \"x\": [1] }")));
        Assert.Equal(["$.comment", "$.future"], e.Errors.Select(x => x[..x.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void ReadProblem_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => RotationJson.ReadProblem(null!));

    private static Arbitrary<(int At, int How, int Pick)> Mutations { get; } =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, DocumentMutator.Kinds - 1)).Zip(Gen.Choose(0, 1_000))
            .Select(m => (m.Item1.Item1, m.Item1.Item2, m.Item2)).ToArbitrary();

    [Property(MaxTest = Runs)]
    public Property ReadProblem_MutatedInstance_ReadsAValidProblemThePlannerSeats_OrThrowsInvalidDesignException() =>
        Prop.ForAll(Mutations, m =>
        {
            var (text, description, _) = DocumentMutator.Mutate(RotationJsonTests.SpecInstance, m.At, m.How, m.Pick);
            try
            {
                var problem = RotationJson.ReadProblem(text);
                var plan = new RotationPlanner { StepLimit = 200, Workers = 1 }.Plan(problem);
                return (plan.Rounds.Length == problem.Rounds).Label($"{description}: read, and the plan has {plan.Rounds.Length} of {problem.Rounds} rounds");
            }
            catch (InvalidDesignException e)
            {
                return (e.Errors.Length > 0 && e.Message.Length < 4_000).Label($"{description}: refused with {e.Errors.Length} errors, {e.Message.Length} characters");
            }
            catch (Exception e)
            {
                return false.Label($"{description}: threw {e.GetType().Name}: {e.Message}");
            }
        });
}
