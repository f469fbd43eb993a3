using System.Text.Json;
using Facilitation.Planner;

namespace Facilitation.Methods.Tests.Rotation;

public class PlannerCommandTests
{
    private static (int Code, string Output, string Error) Run(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PlannerCommand.Run(args, stdin, stdout, stderr, RotationTestProblems.Planner());
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("plan", "-")]
    public void Run_ValidInstanceOnStandardInput_WritesThePlanAndExitsZero(params string[] args)
    {
        var (code, output, error) = Run(RotationJsonTests.SpecInstance, args);
        Assert.Equal(0, code);
        Assert.Empty(error);
        using var plan = JsonDocument.Parse(output);
        Assert.Equal(4, plan.RootElement.GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public void Run_InstanceFile_IsRead()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, RotationJsonTests.SpecInstance);
            var (code, output, _) = Run(string.Empty, "plan", file, "--seed", "3", "--time-limit-ms", "100");
            Assert.Equal(0, code);
            Assert.StartsWith("{", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_InvalidInstance_WritesEveryErrorToStandardErrorAndNothingToStandardOutput()
    {
        var (code, output, error) = Run("""{ "participants": [{ "id": "a" }, { "id": "a" }, { "id": "b" }], "tables": [{ "id": "t", "capacity": 1, "host": "zz" }], "rounds": 0 }""", "plan");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("$.rounds: \"rounds\" must be a whole number from 1 to 100; it is 0.", error, StringComparison.Ordinal);
        Assert.Contains("$.participants[1].id: the participant id 'a' is already used at $.participants[0].id", error, StringComparison.Ordinal);
        Assert.Contains("$.tables[0].host: the host 'zz' is not one of the participants.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsTwo()
    {
        var (code, output, error) = Run(string.Empty, "plan", Path.Combine(Path.GetTempPath(), "no-such-instance-file.json"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Cannot read", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("solve")]
    [InlineData("plan", "--seed")]
    [InlineData("plan", "--time-limit-ms", "0")]
    [InlineData("plan", "a.json", "b.json")]
    public void Run_UnknownCommandLine_PrintsUsageAndExitsOne(params string[] args)
    {
        var (code, output, error) = Run(string.Empty, args);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }
}
