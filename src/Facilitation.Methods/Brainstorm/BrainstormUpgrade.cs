using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// The upgrade path from a version-1 brainstorm document (a snapshot, format <c>Facilitation.Methods.Brainstorm</c>) to the session
/// document: the snapshot is replayed as the facilitator's and participants' commands through the same rules as live commands, on a
/// clock that stands at each idea's recorded time, and the resulting session is saved. Nothing is checked by hand here: a snapshot no
/// command sequence can produce is refused by the rules.
/// </summary>
/// <remarks>What version 1 did not keep cannot come back: the old version number and the remembered command ids start afresh, and
/// ballots are entered as paper ballots by the facilitator.</remarks>
internal static class BrainstormUpgrade
{
    /// <summary>Upgrades a version-1 document to a session document (format 2).</summary>
    /// <exception cref="SessionDocumentException">The document is not a readable version-1 document, or describes a session the rules cannot reproduce.</exception>
    public static string ToCurrent(JsonElement document, SessionOptions? options) =>
        SessionDocument.Upgrade(document, Version1JsonContext.Default.Version1, "brainstorm", refuseNulls: true, (old, clock) =>
        {
            if (old.Format != "Facilitation.Methods.Brainstorm")
            {
                throw new SessionDocumentException("The document has format version 1 but is not a brainstorm (its \"Format\" is not \"Facilitation.Methods.Brainstorm\").");
            }

            using var session = BrainstormSession.Create(BrainstormSessionJsonContext.WithLists(old.Design), new SessionOptions { Id = options?.Id, TimeProvider = clock });
            Replay(session, old, clock);
            return session.Save();
        });

    private static void Replay(BrainstormSession s, Version1 old, ReplayClock clock)
    {
        var f = Actor.Facilitator;
        var ideas = (old.Ideas ?? []).OrderBy(i => i.Id.Value!.Length).ThenBy(i => i.Id.Value, StringComparer.Ordinal).ToList();
        clock.Advance(ideas.Count > 0 ? ideas.Min(i => i.RecordedAt) : old.Current?.StartedAt ?? DateTimeOffset.UnixEpoch);
        for (var r = 1; r <= old.RoundsStarted; r++)
        {
            var running = old.Current is { } c && c.Round == r ? c : null;
            var ofRound = ideas.Where(i => i.Round.Number == r).ToList();
            clock.Advance(ofRound.Count > 0 ? ofRound[0].RecordedAt : running?.StartedAt);
            s.StartRound(f);
            foreach (var idea in ofRound)
            {
                clock.Advance(idea.RecordedAt);
                MoveOn(s, idea.Pass, idea.Step, idea.Author);
                var actor = s.CurrentRound!.Anonymous ? Actor.Anonymous : idea.Author is { } author ? Actor.ForParticipant(author) : f;
                s.AddIdea(actor, idea.Text, idea.Category, idea.BuildsOn);
            }

            if (running is null)
            {
                s.EndRound(f);
            }
            else
            {
                clock.Advance(running.StartedAt);
                MoveOn(s, running.Pass, running.Step, s.Design.Participants.ElementAtOrDefault(running.Turn)?.Id);
                if (s.CurrentRound!.Timebox.Duration != running.Duration)
                {
                    s.ExtendRound(f, running.Duration - s.CurrentRound.Timebox.Duration);
                }
            }
        }

        if (old.Phase < BrainstormPhase.Clarifying)
        {
            return;
        }

        s.BeginClarifying(f);
        foreach (var (idea, clarification) in ideas.SelectMany(i => i.Clarifications, (i, c) => (i.Id, c)))
        {
            s.ClarifyIdea(f, idea, clarification);
        }

        if (old.Phase < BrainstormPhase.Clustering)
        {
            return;
        }

        s.BeginClustering(f);
        // Clusters merged away left gaps in the numbering: each gap is recreated empty and merged into the next cluster, so every id comes out as saved.
        var next = 1;
        foreach (var cluster in old.Clusters ?? [])
        {
            var number = cluster.Id.StartsWith("cluster-", StringComparison.Ordinal) && int.TryParse(cluster.Id.AsSpan("cluster-".Length), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
            var gaps = new List<string>();
            for (; next < number; next++)
            {
                gaps.Add(s.AddCluster(f));
            }

            if (s.AddCluster(f, cluster.Heading) != cluster.Id)
            {
                throw new InvalidOperationException($"cluster '{Identifier.Shorten(cluster.Id)}' is out of order.");
            }

            next = number + 1;
            gaps.ForEach(gap => s.MergeClusters(f, cluster.Id, gap));
            cluster.Ideas?.ForEach(idea => s.PlaceIdea(f, idea, cluster.Id));
        }

        foreach (var idea in ideas.Where(i => i.DuplicateOf is not null))
        {
            s.MarkDuplicate(f, idea.Id, idea.DuplicateOf!.Value);
        }

        if (old.Phase < BrainstormPhase.Voting)
        {
            return;
        }

        s.BeginVoting(f);
        foreach (var (voter, dots) in (old.Dots ?? []).OrderBy(d => d.Key))
        {
            s.CastDots(f, voter, dots);
        }

        foreach (var (voter, ranking) in (old.Rankings ?? []).OrderBy(d => d.Key))
        {
            s.CastRanking(f, voter, ranking);
        }

        if (old.Phase < BrainstormPhase.Deciding)
        {
            return;
        }

        s.EndVoting(f);
        if (old.Decision is { } decision)
        {
            s.Decide(f, decision.Chosen ?? [], decision.Note);
        }

        if (old.Phase == BrainstormPhase.Closed)
        {
            s.Close(f);
        }
    }

    /// <summary>Moves the running round to a brainwriting pass (version 1 counted from 0) or a 1-2-4-All step, and in turn-taking rounds to the
    /// turn of a person (an idea's writer, or the one whose turn the saved round was at).</summary>
    private static void MoveOn(BrainstormSession s, int? pass, OneTwoFourAllStep? step, ParticipantId? author)
    {
        while (pass is { } p && s.CurrentRound!.Pass < p + 1)
        {
            s.PassSheets(Actor.Facilitator);
        }

        while (step is { } target && s.CurrentRound!.Step < target)
        {
            s.NextStep(Actor.Facilitator);
        }

        for (var i = 0; i < s.Design.Participants.Length && author is { } writer && s.CurrentRound!.TurnOf is { } holder && holder != writer; i++)
        {
            s.PassTurn(Actor.Facilitator);
        }
    }
}

// The version-1 document (PascalCase, the snapshot of earlier releases), as far as the upgrade reads it: what it does not replay is skipped.
// Its ideas have today's shape (a round as its number).
internal sealed record Version1(
    string Format,
    BrainstormDesign Design,
    BrainstormPhase Phase,
    int RoundsStarted = 0,
    Version1Round? Current = null,
    List<Idea>? Ideas = null,
    List<Version1Cluster>? Clusters = null,
    Dictionary<ParticipantId, Dictionary<ContributionId, int>>? Dots = null,
    Dictionary<ParticipantId, List<ContributionId>>? Rankings = null,
    Version1Decision? Decision = null);

internal sealed record Version1Round(int Round, DateTimeOffset StartedAt, TimeSpan Duration, int Turn = 0, int Pass = 0, OneTwoFourAllStep Step = default);

internal sealed record Version1Cluster(string Id, string? Heading = null, List<ContributionId>? Ideas = null);

internal sealed record Version1Decision(List<ContributionId>? Chosen = null, string? Note = null);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, MaxDepth = 32, Converters = [typeof(ParticipantJsonConverter), typeof(WorldCafe.RoundConverter)])]
[JsonSerializable(typeof(Version1))]
[JsonSerializable(typeof(ParticipantShape))]
internal sealed partial class Version1JsonContext : JsonSerializerContext;
