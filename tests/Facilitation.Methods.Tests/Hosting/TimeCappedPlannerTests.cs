using Facilitation.Methods.Hosting;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Hosting;

public sealed class TimeCappedPlannerTests
{
    [Theory]
    [InlineData(100, 100)]
    [InlineData(300, 300)]
    [InlineData(5000, 300)]
    public void Plan_ProblemTimeLimit_IsCutToTheCap(int askedMs, int searchedMs)
    {
        var inner = new RecordingPlanner();
        var sut = new TimeCappedPlanner(inner, TimeSpan.FromMilliseconds(300));

        sut.Plan(new RotationProblem { TimeLimit = TimeSpan.FromMilliseconds(askedMs) });

        Assert.Equal(TimeSpan.FromMilliseconds(searchedMs), inner.Seen!.TimeLimit);
    }

    private sealed class RecordingPlanner : IRotationPlanner
    {
        public RotationProblem? Seen { get; private set; }

        public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
        {
            Seen = problem;
            return null!;
        }
    }
}
