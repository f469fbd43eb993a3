using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <content>The session's private, mutable records; read through immutable snapshots.</content>
public sealed partial class OpenSpaceSession
{
    private sealed class IssueState(ContributionId id, string title, ParticipantId convener, AgendaCell? cell)
    {
        public ContributionId Id { get; } = id;

        public string Title { get; } = title;

        public ParticipantId Convener { get; } = convener;

        public AgendaCell? Cell { get; set; } = cell;

        public ParticipantId? Scribe { get; set; }

        public SortedSet<ParticipantId> Interested { get; } = [convener];

        public ImmutableArray<ContributionId> MergedFrom { get; init; } = [];

        public ContributionId? MergedInto { get; set; }

        public int Dots { get; set; }

        public bool IsActive => MergedInto is null;

        public Issue ToIssue() => new(Id, Title, Convener, Cell, Scribe, [.. Interested], MergedFrom, MergedInto, Dots);
    }

    private sealed class ClusterState(ContributionId id, string name, ImmutableArray<ContributionId> issues)
    {
        public ContributionId Id { get; } = id;

        public string Name { get; } = name;

        public ImmutableArray<ContributionId> Issues { get; } = issues;

        public ParticipantId? Initiator { get; set; }

        public IssueCluster ToCluster() => new(Id, Name, Issues, Initiator);
    }

    private sealed record ReportEntry(SessionReport Report, DateTimeOffset At, Actor By, int Revision);
}
