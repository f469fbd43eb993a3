// TEMPORARY stand-in for branch `rotation`; deleted when it is merged.
using System.Collections.Immutable;

#pragma warning disable CS1591, RS0016, CA1819
namespace Facilitation.Methods.Rotation;

public enum RotationObjective { Spread, FewestRepeats }

public readonly record struct ParticipantPair(ParticipantId First, ParticipantId Second);

public sealed record Absence(ParticipantId Participant, ImmutableArray<int> Rounds);

public sealed record RotationProblem
{
    public ImmutableArray<Participant> Participants { get; init; } = [];
    public ImmutableArray<Group> Groups { get; init; } = [];
    public int Rounds { get; init; }
    public ImmutableArray<ParticipantPair> KeepApart { get; init; } = [];
    public ImmutableArray<ParticipantPair> KeepTogether { get; init; } = [];
    public ImmutableArray<Absence> Absences { get; init; } = [];
    public ImmutableArray<Seating> History { get; init; } = [];
    public string? MixBy { get; init; }
    public bool MustShareLanguage { get; init; }
    public RotationObjective Objective { get; init; }
    public int Seed { get; init; }
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(1);
}

public interface IRotationPlanner
{
    RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default);
}

public sealed record FairnessReport
{
    public int RepeatedPairs { get; init; }
    public int MaxMeetings { get; init; }
    public int TableRevisits { get; init; }
    public int MinDistinctMet { get; init; }
    public double MeanDistinctMet { get; init; }
    public int SameAttributePairs { get; init; }
    public int LowerBound { get; init; }
    public int Gap { get; init; }
    public TimeSpan TimeToBest { get; init; }
    public TimeSpan Elapsed { get; init; }

    public static FairnessReport Measure(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        var meet = new Dictionary<(ParticipantId, ParticipantId), int>();
        var visits = new HashSet<(ParticipantId, GroupId)>();
        var revisits = 0;
        foreach (var s in rounds)
        {
            foreach (var g in s.Groups)
            {
                var m = s.MembersOf(g);
                foreach (var p in m)
                {
                    if (!visits.Add((p, g)) && problem.Groups.FirstOrDefault(x => x.Id == g)?.Host != p)
                    {
                        revisits++;
                    }
                }

                for (var i = 0; i < m.Length; i++)
                {
                    for (var j = i + 1; j < m.Length; j++)
                    {
                        var key = m[i] < m[j] ? (m[i], m[j]) : (m[j], m[i]);
                        meet[key] = meet.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return new FairnessReport
        {
            RepeatedPairs = meet.Values.Count(v => v > 1),
            MaxMeetings = meet.Count == 0 ? 0 : meet.Values.Max(),
            TableRevisits = revisits,
        };
    }
}

public sealed record RotationPlan
{
    public ImmutableArray<Seating> Rounds { get; init; } = [];
    public FairnessReport Report { get; init; } = new();

    public ImmutableArray<GroupId?> RouteOf(ParticipantId p) => [.. Rounds.Select(r => r.GroupOf(p))];
}

public sealed class RotationPlanner : IRotationPlanner
{
    public RotationPlanner(TimeProvider? timeProvider = null) => _ = timeProvider;

    public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var rounds = new List<Seating>(problem.History);
        var absent = problem.Absences.ToDictionary(a => a.Participant, a => a.Rounds.ToHashSet());
        var rng = new Random(problem.Seed);
        for (var r = problem.History.Length + 1; r <= problem.Rounds; r++)
        {
            var members = problem.Groups.ToDictionary(g => g.Id, _ => new List<ParticipantId>());
            var here = problem.Participants.Where(p => !(absent.TryGetValue(p.Id, out var set) && set.Contains(r))).Select(p => p.Id).ToList();
            foreach (var g in problem.Groups)
            {
                if (g.Host is { } h && here.Remove(h))
                {
                    members[g.Id].Add(h);
                }
            }

            foreach (var p in here.OrderBy(_ => rng.Next()))
            {
                var target = problem.Groups.Where(g => members[g.Id].Count < g.Capacity).OrderBy(g => members[g.Id].Count).First();
                members[target.Id].Add(p);
            }

            rounds.Add(new Seating(new Round(r), problem.Groups.Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(g.Id, members[g.Id]))));
        }

        return new RotationPlan { Rounds = [.. rounds], Report = FairnessReport.Measure(problem, rounds) };
    }
}
