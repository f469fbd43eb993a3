using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Rotation;

public class RotationPlannerPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Plan_RandomValidProblem_KeepsEveryHardRule() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var plan = RotationTestProblems.Planner().Plan(problem);
        var violations = RotationTestProblems.HardRuleViolations(problem, plan);
        return (violations.Count == 0).Label($"seed {seed}: {string.Join("; ", violations)}");
    });

    [Property(MaxTest = 60)]
    public Property Plan_RandomValidProblem_ReportsRecountedMetricsAboveTheBound() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var plan = RotationTestProblems.Planner().Plan(problem);
        var (repeated, max, revisits) = RotationTestProblems.Recount(problem, plan.Rounds);
        var report = plan.Report;
        return (report.RepeatedPairs == repeated && report.MaxMeetings == max && report.TableRevisits == revisits
                && report.RepeatedPairs >= report.LowerBound && report.Gap == repeated - report.LowerBound)
            .Label($"seed {seed}: reported {report.RepeatedPairs}/{report.MaxMeetings}/{report.TableRevisits} lb {report.LowerBound}, recounted {repeated}/{max}/{revisits}");
    });

    [Property(MaxTest = 30)]
    public Property Plan_SameProblemAndSeed_GivesTheSamePlan() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var first = RotationTestProblems.Planner(300).Plan(problem);
        var second = RotationTestProblems.Planner(300).Plan(problem);
        return first.Rounds.SequenceEqual(second.Rounds).Label($"seed {seed}");
    });

    [Property(MaxTest = 40)]
    public Property Measure_AnyPlan_EqualsTheReportOfThePlanner() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var plan = RotationTestProblems.Planner(100).Plan(problem);
        var measured = FairnessReport.Measure(problem, plan.Rounds);
        var searched = plan.Report.With(r => (r.TimeToBest, r.Elapsed, r.StoppedBy) = (TimeSpan.Zero, TimeSpan.Zero, StopReason.None));
        return (JsonSerializer.Serialize(measured) == JsonSerializer.Serialize(searched)).Label($"seed {seed}");
    });

    [Property(MaxTest = 60)]
    public Property Plan_RandomValidProblem_IsBalancedOrReportsWhyNot() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var plan = RotationTestProblems.Planner().Plan(problem);
        var unbalanced = RotationTestProblems.UnbalancedRounds(problem, plan.Rounds);
        var bendable = !problem.KeepTogether.IsEmpty || !problem.KeepApart.IsEmpty || problem.MustShareLanguage;
        return (plan.Report.UnbalancedRounds == unbalanced && (bendable || unbalanced == 0))
            .Label($"seed {seed}: reported {plan.Report.UnbalancedRounds}, recounted {unbalanced} unbalanced rounds");
    });

    [Property(MaxTest = 15)]
    public Property Plan_SameSeedAndEffortWithTwoSearches_GivesTheSamePlanDocument() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed) with { Effort = 150 };
        static string Without(string json) => string.Join('\n', json.Split('\n').Where(l => !l.Contains("Ms\"", StringComparison.Ordinal)));
        var first = Without(RotationJson.WritePlan(new RotationPlanner { Workers = 2 }.Plan(problem)));
        var second = Without(RotationJson.WritePlan(new RotationPlanner { Workers = 2 }.Plan(problem)));
        return (first == second).Label($"seed {seed}");
    });

    [Property(MaxTest = 40)]
    public Property Replan_WithAnnouncedSeating_MovesNoMoreThanASimpleRepair() => Prop.ForAll(Seeds, seed =>
    {
        var (problem, announced) = RotationTestProblems.ChangedRoster(seed);
        var plan = RotationTestProblems.Planner(200).Plan(problem with { Announced = announced });
        var repair = RotationTestProblems.SimpleRepairMoves(problem, announced);
        var violations = RotationTestProblems.HardRuleViolations(problem, plan);
        return (violations.Count == 0 && plan.Report.Moved <= repair && plan.Report.UnbalancedRounds == 0)
            .Label($"seed {seed}: moved {plan.Report.Moved}, simple repair {repair}; {string.Join("; ", violations)}");
    });

    [Property(MaxTest = 30)]
    public Property WhoMetWhom_AnyPlan_AgreesWithTheReportAndSplitsEveryoneIntoMetAndNotMetYet() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var plan = RotationTestProblems.Planner(100).Plan(problem);
        var ids = problem.Participants.Select(p => p.Id).ToArray();
        var matrix = plan.WhoMetWhom(ids);
        var repeated = ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => Math.Max(0, matrix.MeetingsOf(a, b) - 1))).Sum();
        var split = ids.All(p =>
        {
            var met = matrix.Met(p);
            var notYet = matrix.NotMetYet(p);
            return met.Length + notYet.Length == ids.Length - 1 && !met.Intersect(notYet).Any() && !met.Contains(p) && !notYet.Contains(p)
                && met.All(q => matrix.MeetingsOf(p, q) > 0) && notYet.All(q => matrix.MeetingsOf(p, q) == 0);
        });
        return (repeated == plan.Report.RepeatedPairs && split).Label($"seed {seed}: {repeated} vs {plan.Report.RepeatedPairs}");
    });
}
