using Facilitation.Methods.Benchmarks.Reliability;

namespace Facilitation.Methods.Tests.Reliability;

/// <summary>
/// CI-sized concurrency stress (the soak benchmark runs the same driver at 16 × 10,000): 16 threads send seeded random commands
/// — valid notes, ideas, ballots, sign-ups and dots, retries with the same command id, impersonations, notes at the wrong
/// table, hostile text, over-budget votes — and afterwards every accepted contribution and vote is present exactly once, every
/// refused one absent, and each session's event versions are gap-free and delivered in order.
/// </summary>
public class ConcurrencyStressTests
{
    public const int Threads = 16;
    public const int CommandsPerThread = 300;

    [Fact]
    public void OneCafe_SixteenThreads_EveryAcceptedNoteOnce_RefusedNoneAndVersionsGapFree()
    {
        var report = StressDriver.OneCafe(Threads, CommandsPerThread, seed: 8);
        Assert.Empty(report.Violations);
        Assert.Equal(Threads * CommandsPerThread, report.Sent);
        Assert.InRange(report.Accepted, report.Sent / 2, report.Sent);
        Assert.True(report.Refused > 0 && report.Retried > 0, "the run must include refusals and retries");
        Assert.Equal(report.Accepted, report.Versions);
    }

    [Fact]
    public void ManySessions_SixteenThreads_EveryAcceptedContributionAndVoteOnce_AndVersionsGapFreePerSession()
    {
        var report = StressDriver.ManySessions(sessionsPerKind: 2, Threads, CommandsPerThread, seed: 8);
        Assert.Empty(report.Violations);
        Assert.Equal(10, report.Sessions);
        Assert.Equal(Threads * CommandsPerThread, report.Sent);
        Assert.True(report.Accepted > 0 && report.Refused > 0 && report.Retried > 0, "the run must include acceptances, refusals and retries");
        Assert.Equal(report.Accepted, report.Versions);
    }
}
