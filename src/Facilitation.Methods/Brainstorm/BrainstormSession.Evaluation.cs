using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

public sealed partial class BrainstormSession
{
    /// <summary>Ends generation and begins clarifying (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClarifying(Actor actor, string? commandId = null) => Move(BrainstormCommand.BeginClarifying, actor, commandId);

    /// <summary>Records a clarification of an idea — a question of understanding, not a judgement (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The idea.</param>
    /// <param name="clarification">The clarification.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ClarifyIdea(Actor actor, ContributionId idea, string clarification, string? commandId = null) =>
        Run(BrainstormCommand.ClarifyIdea, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.ClarifyIdea;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            var found = RequireIdea(command, idea);
            CheckText(command, clarification, "clarification", Limits.MaxTextLength);
            if (found.Clarifications.Length >= BrainstormDefaults.MaxClarificationsPerIdea)
            {
                throw Refuse(command, RejectionKind.Conflict, $"an idea holds at most {BrainstormDefaults.MaxClarificationsPerIdea} clarifications.");
            }

            _machine.Fire(command);
            _state.ReplaceIdea(found with { Clarifications = found.Clarifications.Add(clarification) });
            events.Add(new IdeaClarified(idea, clarification));
            return 0;
        });

    /// <summary>Ends clarifying and begins clustering (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClustering(Actor actor, string? commandId = null) => Move(BrainstormCommand.BeginClustering, actor, commandId);

    /// <summary>Adds an affinity cluster; the heading may come later (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="heading">The heading, or null to name it later.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The new cluster's id.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public string AddCluster(Actor actor, string? heading = null, string? commandId = null) =>
        Run(BrainstormCommand.AddCluster, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.AddCluster;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            if (heading is not null)
            {
                CheckText(command, heading, "heading", Limits.MaxNameLength);
            }

            if (_state.Clusters.Count >= BrainstormDefaults.MaxClusters)
            {
                throw Refuse(command, RejectionKind.Conflict, $"a brainstorm holds at most {BrainstormDefaults.MaxClusters} clusters.");
            }

            _machine.Fire(command);
            var cluster = new Cluster($"cluster-{_state.NextCluster++}", heading, []);
            _state.Clusters.Add(cluster);
            events.Add(new ClusterAdded(cluster));
            return cluster.Id;
        });

    /// <summary>Gives a cluster its heading, replacing any earlier one (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="heading">The heading.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void NameCluster(Actor actor, string cluster, string heading, string? commandId = null) =>
        Run(BrainstormCommand.NameCluster, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.NameCluster;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            var index = RequireCluster(command, cluster);
            CheckText(command, heading, "heading", Limits.MaxNameLength);
            _machine.Fire(command);
            _state.Clusters[index] = _state.Clusters[index] with { Heading = heading };
            events.Add(new ClusterNamed(cluster, heading));
            return 0;
        });

    /// <summary>Places an idea in a cluster; an idea may sit in several clusters (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The idea.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void PlaceIdea(Actor actor, ContributionId idea, string cluster, string? commandId = null) =>
        Run(BrainstormCommand.PlaceIdea, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.PlaceIdea;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            RequireIdea(command, idea);
            var index = RequireCluster(command, cluster);
            if (_state.Clusters[index].Ideas.Contains(idea))
            {
                throw Refuse(command, RejectionKind.Conflict, $"'{idea}' is already in '{cluster}'.");
            }

            _machine.Fire(command);
            _state.Clusters[index] = _state.Clusters[index] with { Ideas = _state.Clusters[index].Ideas.Add(idea) };
            events.Add(new IdeaPlaced(idea, cluster));
            return 0;
        });

    /// <summary>Merges one cluster into another: the remaining cluster holds every idea of both and keeps its heading (or takes the other's) (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="into">The cluster that remains.</param>
    /// <param name="from">The cluster merged away.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The merged cluster.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public Cluster MergeClusters(Actor actor, string into, string from, string? commandId = null) =>
        Run(BrainstormCommand.MergeClusters, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.MergeClusters;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            var target = RequireCluster(command, into);
            var source = RequireCluster(command, from);
            if (target == source)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "a cluster cannot be merged into itself.");
            }

            _machine.Fire(command);
            var kept = _state.Clusters[target];
            var gone = _state.Clusters[source];
            var merged = kept with { Heading = kept.Heading ?? gone.Heading, Ideas = [.. kept.Ideas, .. gone.Ideas.Where(i => !kept.Ideas.Contains(i))] };
            _state.Clusters[target] = merged;
            _state.Clusters.RemoveAt(source);
            events.Add(new ClustersMerged(merged.Id, gone.Id, merged.Ideas));
            return merged;
        });

    /// <summary>Marks an idea as a duplicate of another. Nothing is deleted: the duplicate stays in the record and its clusters, but leaves the ballot (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The duplicate.</param>
    /// <param name="original">The idea it duplicates (itself not a duplicate).</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MarkDuplicate(Actor actor, ContributionId idea, ContributionId original, string? commandId = null) =>
        Run(BrainstormCommand.MarkDuplicate, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.MarkDuplicate;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            var copy = RequireIdea(command, idea);
            var first = RequireIdea(command, original);
            if (idea == original)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "an idea cannot duplicate itself.");
            }

            if (copy.DuplicateOf is { } already)
            {
                throw Refuse(command, RejectionKind.Conflict, $"'{idea}' is already marked as a duplicate of '{already}'.");
            }

            if (first.DuplicateOf is { } root)
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"'{original}' is itself a duplicate; mark '{idea}' as a duplicate of '{root}'.");
            }

            if (_state.Ideas.Exists(i => i.DuplicateOf == idea))
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"other ideas are marked as duplicates of '{idea}'; mark them as duplicates of '{original}' first.");
            }

            _machine.Fire(command);
            _state.ReplaceIdea(copy with { DuplicateOf = original });
            events.Add(new DuplicateMarked(idea, original));
            return 0;
        });

    /// <summary>Ends clustering and begins voting on every idea not marked as a duplicate (facilitator). The dot budget is fixed now.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>Each person's dot budget, or the number of ranked choices.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int BeginVoting(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.BeginVoting, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.BeginVoting;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            _machine.Fire(command);
            _state.Ballot = [.. _state.Ideas.Where(i => i.DuplicateOf is null).Select(i => i.Id)];
            _state.Budget = _voting == VotingMethod.Dots
                ? _design.DotsPerPerson ?? Tally.DefaultBudget(_state.Ballot.Length, _design.MaxDotsPerPerson)
                : Math.Min(_design.RankedChoices, _state.Ballot.Length);
            events.Add(new VotingBegan(_voting, _state.Ballot, _state.Budget));
            return _state.Budget;
        });

    /// <summary>Casts (or replaces) a person's dot ballot. A participant votes only for themselves; the facilitator may enter a paper ballot for anyone.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="voter">Whose ballot it is.</param>
    /// <param name="dots">Dots per idea on the ballot; the total stays within the budget and each idea within <see cref="BrainstormDesign.MaxDotsPerIdea"/>.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The dots the voter has left.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int CastDots(Actor actor, ParticipantId voter, IReadOnlyDictionary<ContributionId, int> dots, string? commandId = null) =>
        Run(BrainstormCommand.CastDots, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.CastDots;
            EnsurePermitted(command);
            RequireVoter(command, actor, voter);
            if (dots is null)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "a ballot is required; pass an empty one to withdraw.");
            }

            var onBallot = _state.Ballot.ToHashSet();
            var builder = ImmutableSortedDictionary.CreateBuilder<ContributionId, int>();
            var total = 0L;
            foreach (var (idea, count) in dots)
            {
                if (!onBallot.Contains(idea))
                {
                    throw Refuse(command, RejectionKind.InvalidInput, $"'{Identifier.Shorten(idea.Value)}' is not on the ballot.");
                }

                if (count < 0)
                {
                    throw Refuse(command, RejectionKind.InvalidInput, $"a dot count cannot be negative ({count} on '{idea}').");
                }

                if (_design.MaxDotsPerIdea is { } cap && count > cap)
                {
                    throw Refuse(command, RejectionKind.Conflict, $"at most {cap} dots may go on one idea, but '{idea}' got {count}.");
                }

                total += count;
                if (count > 0)
                {
                    builder[idea] = count;
                }
            }

            if (total > _state.Budget)
            {
                throw Refuse(command, RejectionKind.Conflict, $"'{voter}' has {_state.Budget} dots but tried to place {total}.");
            }

            _machine.Fire(command);
            var ballot = builder.ToImmutable();
            _state.Dots[voter] = ballot;
            events.Add(new DotsCast(voter, ballot));
            return _state.Budget - (int)total;
        });

    /// <summary>Casts (or replaces) a person's secret ranked ballot: their top choices, most important first.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="voter">Whose ballot it is.</param>
    /// <param name="ranking">Distinct ideas on the ballot, at most <see cref="BrainstormDesign.RankedChoices"/>.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void CastRanking(Actor actor, ParticipantId voter, IReadOnlyList<ContributionId> ranking, string? commandId = null) =>
        Run(BrainstormCommand.CastRanking, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.CastRanking;
            EnsurePermitted(command);
            RequireVoter(command, actor, voter);
            if (ranking is null || ranking.Count == 0 || ranking.Count > _state.Budget)
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"a ranking lists between 1 and {_state.Budget} ideas.");
            }

            var onBallot = _state.Ballot.ToHashSet();
            if (ranking.FirstOrDefault(i => !onBallot.Contains(i)) is { Value.Length: > 0 } stranger)
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"'{Identifier.Shorten(stranger.Value)}' is not on the ballot.");
            }

            if (ranking.Any(i => string.IsNullOrEmpty(i.Value)) || ranking.Distinct().Count() != ranking.Count)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "a ranking lists each idea once.");
            }

            _machine.Fire(command);
            ImmutableArray<ContributionId> list = [.. ranking];
            _state.Rankings[voter] = list;
            events.Add(new RankingCast(voter, list));
            return 0;
        });

    /// <summary>Ends voting and fixes the ranking computed from the recorded ballots (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public BrainstormResult EndVoting(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.EndVoting, commandId, actor, (_, events) =>
        {
            EnsurePermitted(BrainstormCommand.EndVoting);
            RequireFacilitator(BrainstormCommand.EndVoting, actor);
            var result = CountNow();
            _machine.Fire(BrainstormCommand.EndVoting);
            _state.Result = result;
            events.Add(new VotingEnded(result));
            return result;
        });

    /// <summary>Records (or replaces) what the group decided (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="chosen">The ideas taken forward, distinct, from the ballot.</param>
    /// <param name="note">A note on the decision, or null.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public BrainstormDecision Decide(Actor actor, IEnumerable<ContributionId> chosen, string? note = null, string? commandId = null) =>
        Run(BrainstormCommand.Decide, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.Decide;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            ImmutableArray<ContributionId> list = [.. chosen ?? []];
            var onBallot = _state.Ballot.ToHashSet();
            if (list.Length == 0 || list.Any(i => !onBallot.Contains(i)) || list.Distinct().Count() != list.Length)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "a decision takes forward one or more distinct ideas from the ballot.");
            }

            if (note is not null)
            {
                CheckText(command, note, "decision note", Limits.MaxTextLength);
            }

            _machine.Fire(command);
            var decision = new BrainstormDecision(list, note);
            _state.Decision = decision;
            events.Add(new DecisionRecorded(decision));
            return decision;
        });

    /// <summary>Closes the session (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Close(Actor actor, string? commandId = null) => Move(BrainstormCommand.Close, actor, commandId);

    private void Move(BrainstormCommand command, Actor actor, string? commandId) =>
        Run(command, commandId, actor, (_, events) =>
        {
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            _machine.Fire(command);
            events.Add(new PhaseBegan(_state.Phase));
            return 0;
        });

    private void RequireVoter(BrainstormCommand command, Actor actor, ParticipantId voter)
    {
        if (actor.Role == ActorRole.System)
        {
            throw Refuse(command, RejectionKind.NotPermitted, "votes come from people: the voter or the facilitator.");
        }

        if (actor.Role == ActorRole.Participant && RequireKnownParticipant(command, actor) != voter)
        {
            throw Refuse(command, RejectionKind.NotPermitted, $"{actor} cannot vote as '{Identifier.Shorten(voter.Value)}'.");
        }

        if (!_position.ContainsKey(voter))
        {
            throw Refuse(command, RejectionKind.InvalidInput, $"'{Identifier.Shorten(voter.Value)}' is not a participant of this brainstorm.");
        }
    }
}
