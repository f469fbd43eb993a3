using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Facilitation.Methods.Brainstorm;

public sealed partial class BrainstormSession
{
    /// <summary>The longest saved document <see cref="Restore"/> reads, in characters.</summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>Saves the whole session — design, phase, running round, ideas, clusters, ballots, decision, version and remembered command ids — as a versioned JSON document.</summary>
    /// <remarks>The document holds no author for anonymous ideas. It holds ballots (for recounts), so it is for the host's storage, not for participants; give participants a <see cref="BrainstormHarvest"/>.</remarks>
    /// <returns>The JSON document.</returns>
    public string Save()
    {
        lock (_kernel.Gate)
        {
            var document = new BrainstormDocument
            {
                Format = BrainstormDocument.FormatName,
                FormatVersion = BrainstormDocument.CurrentFormatVersion,
                Design = ToDocument(_design),
                Phase = _state.Phase,
                Version = _kernel.Version,
                CommandIds = [.. _kernel.RememberedIds],
                RoundsStarted = _state.RoundsStarted,
                Current = _state.Current is { } c ? new RoundDocument
                {
                    Round = c.Round.Number,
                    StartedAt = c.Timebox.StartedAt,
                    Duration = c.Timebox.Duration,
                    Turn = c.Turn,
                    Pass = c.Pass,
                    Step = c.Step,
                    Teams = Lists(c.Teams),
                    Pairs = Lists(c.Pairs),
                    Fours = Lists(c.Fours),
                }
                : null,
                Ideas = [.. _state.Ideas.Select(i => new IdeaDocument
                {
                    Id = i.Id,
                    Text = i.Text,
                    Round = i.Round.Number,
                    RecordedAt = i.RecordedAt,
                    Author = i.Author,
                    Category = i.Category,
                    BuildsOn = i.BuildsOn,
                    Team = i.Team,
                    Sheet = i.Sheet,
                    Pass = i.Pass,
                    Step = i.Step,
                    Clarifications = [.. i.Clarifications],
                    DuplicateOf = i.DuplicateOf,
                })],
                Clusters = [.. _state.Clusters.Select(k => new ClusterDocument { Id = k.Id, Heading = k.Heading, Ideas = [.. k.Ideas] })],
                NextCluster = _state.NextCluster,
                Dots = _state.Dots.ToDictionary(b => b.Key, b => b.Value.ToDictionary()),
                Rankings = _state.Rankings.ToDictionary(b => b.Key, b => b.Value.ToList()),
                Decision = _state.Decision is { } d ? new DecisionDocument { Chosen = [.. d.Chosen], Note = d.Note } : null,
                PairRounds = [.. _state.PairRounds.Select(Lists)],
                FourRounds = [.. _state.FourRounds.Select(Lists)],
            };
            return JsonSerializer.Serialize(document, BrainstormJsonContext.Default.BrainstormDocument);
        }
    }

    /// <summary>Restores a session saved with <see cref="Save"/>: same phase, round, ideas, clusters, ballots and version; the round timer is re-armed with the time left on <paramref name="clock"/>.</summary>
    /// <remarks>The restored session's <see cref="Events"/> starts empty: events were published as they happened.</remarks>
    /// <param name="json">The saved document.</param>
    /// <param name="clock">The clock; the system clock when null.</param>
    /// <param name="onSubscriberError">Called when an event handler throws.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, too large, of an unknown format version, or describes an impossible session; no session is built.</exception>
    public static BrainstormSession Restore(string json, TimeProvider? clock = null, Action<Exception>? onSubscriberError = null)
    {
        if (json is null)
        {
            throw new SessionDocumentException("No brainstorm document was given.");
        }

        if (json.Length > MaxDocumentLength)
        {
            throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"The brainstorm document has {json.Length} characters; at most {MaxDocumentLength} are read."));
        }

        try
        {
            CheckFormat(json);
            var document = JsonSerializer.Deserialize(json, BrainstormJsonContext.Default.BrainstormDocument)
                ?? throw new SessionDocumentException("The brainstorm document is empty (null).");
            var design = FromDocument(document.Design);
            ThrowIfInvalid(design);
            var state = Rebuild(design, document);
            if (document.Version < 0 || document.CommandIds.Count > SessionKernel<BrainstormEvent>.RememberedCommandIds
                || document.CommandIds.Any(id => Identifier.FindProblem(id, "command") is not null) || document.CommandIds.Distinct(StringComparer.Ordinal).Count() != document.CommandIds.Count)
            {
                throw new SessionDocumentException("The document's version or remembered command ids are invalid.");
            }

            var session = new BrainstormSession(design, clock ?? TimeProvider.System, state, document.Version, document.CommandIds, onSubscriberError);
            lock (session._kernel.Gate)
            {
                session.ArmTimer();
            }

            return session;
        }
        catch (SessionDocumentException)
        {
            throw;
        }
        catch (InvalidDesignException e)
        {
            throw new SessionDocumentException("The brainstorm document holds a design that cannot run: " + string.Join(" ", e.Errors), e);
        }
        catch (JsonException e)
        {
            throw new SessionDocumentException($"The brainstorm document is not valid JSON of format {BrainstormDocument.CurrentFormatVersion}: {e.Message}", e);
        }
#pragma warning disable CA1031 // Any other failure while reading a hostile document must surface as the one documented exception.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new SessionDocumentException($"The brainstorm document describes an impossible session: {e.Message}", e);
        }
    }

    private static void CheckFormat(string json)
    {
        using var probe = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        var root = probe.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SessionDocumentException("A brainstorm document is a JSON object.");
        }

        if (!root.TryGetProperty("Format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != BrainstormDocument.FormatName)
        {
            throw new SessionDocumentException($"This is not a brainstorm document (its \"Format\" must be \"{BrainstormDocument.FormatName}\").");
        }

        if (!root.TryGetProperty("FormatVersion", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            throw new SessionDocumentException("The brainstorm document has no \"FormatVersion\" number.");
        }

        if (number != BrainstormDocument.CurrentFormatVersion)
        {
            throw new SessionDocumentException(number > BrainstormDocument.CurrentFormatVersion
                ? string.Create(CultureInfo.InvariantCulture, $"The brainstorm document has format version {number}, written by a newer library; this library reads version {BrainstormDocument.CurrentFormatVersion}. Upgrade Facilitation.Methods.")
                : string.Create(CultureInfo.InvariantCulture, $"The brainstorm document has format version {number}, which never existed; this library reads version {BrainstormDocument.CurrentFormatVersion}."));
        }
    }

    private static List<List<ParticipantId>> Lists(ImmutableArray<ImmutableArray<ParticipantId>> groups) => [.. groups.Select(g => g.ToList())];

    private static DesignDocument ToDocument(BrainstormDesign d) => new()
    {
        Title = d.Title,
        Participants = [.. d.Participants.Select(p => new ParticipantDocument
        {
            Id = p.Id,
            DisplayName = p.DisplayName == p.Id.Value ? null : p.DisplayName,
            Attributes = p.Attributes.ToDictionary(),
            Languages = [.. p.Languages],
        })],
        Rounds = [.. d.Rounds.Select(r => new RoundPlanDocument
        {
            Technique = r.Technique,
            Prompt = r.Prompt?.Text,
            Duration = r.Duration,
            AllowPassing = r.AllowPassing,
            Anonymous = r.Anonymous,
            IdeasPerSheet = r.IdeasPerSheet,
            TeamSize = r.TeamSize,
        })],
        Prompt = d.Prompt?.Text,
        Categories = [.. d.Categories],
        Voting = d.Voting,
        DotsPerPerson = d.DotsPerPerson,
        MaxDotsPerPerson = d.MaxDotsPerPerson,
        MaxDotsPerIdea = d.MaxDotsPerIdea,
        RankedChoices = d.RankedChoices,
        EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
        Seed = d.Seed,
    };

    private static BrainstormDesign FromDocument(DesignDocument d)
    {
        Require(d.Participants is not null && d.Rounds is not null && d.Categories is not null, "The design lists no participants or rounds.");
        return new BrainstormDesign
        {
            Title = d.Title,
            Participants = [.. d.Participants!.Select(p => new Participant(p.Id, p.DisplayName, p.Attributes, p.Languages))],
            Rounds = [.. d.Rounds!.Select(r => new GenerationRound(r.Technique, r.Prompt is null ? null : new Prompt(r.Prompt))
            {
                Duration = r.Duration,
                AllowPassing = r.AllowPassing,
                Anonymous = r.Anonymous,
                IdeasPerSheet = r.IdeasPerSheet,
                TeamSize = r.TeamSize,
            })],
            Prompt = d.Prompt is null ? null : new Prompt(d.Prompt),
            Categories = [.. d.Categories!],
            Voting = d.Voting,
            DotsPerPerson = d.DotsPerPerson,
            MaxDotsPerPerson = d.MaxDotsPerPerson,
            MaxDotsPerIdea = d.MaxDotsPerIdea,
            RankedChoices = d.RankedChoices,
            EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
            Seed = d.Seed,
        };
    }

    /// <summary>Rebuilds the state from a document, checking every rule the commands keep, so an edited document cannot smuggle in what no command could do.</summary>
    private static BrainstormState Rebuild(BrainstormDesign design, BrainstormDocument doc)
    {
        var people = design.Participants.Select(p => p.Id).ToList();
        var known = people.ToHashSet();
        var categories = design.Categories.ToHashSet(StringComparer.Ordinal);
        var voting = design.EffectiveVoting;
        Require(Enum.IsDefined(doc.Phase), "The phase is unknown.");
        Require(doc.Ideas is not null && doc.Clusters is not null && doc.Dots is not null && doc.Rankings is not null && doc.PairRounds is not null && doc.FourRounds is not null && doc.CommandIds is not null, "A list in the document is null.");
        Require(doc.RoundsStarted >= 0 && doc.RoundsStarted <= design.Rounds.Length, "The number of rounds started is outside the plan.");
        Require((doc.Phase == BrainstormPhase.Setup) == (doc.RoundsStarted == 0), "The phase does not match the rounds started.");
        Require((doc.Phase == BrainstormPhase.Generating) == (doc.Current is not null), "A running round is saved exactly when the phase is Generating.");

        var state = new BrainstormState { Phase = doc.Phase, RoundsStarted = doc.RoundsStarted };
        Require(doc.FourRounds!.Count <= doc.PairRounds!.Count, "There are more rounds of fours than of pairs.");
        Require(doc.PairRounds.Count <= doc.RoundsStarted, "There are more 1-2-4-All rounds than rounds started.");
        foreach (var round in doc.PairRounds)
        {
            state.PairRounds.Add(Groups(round, known));
        }

        foreach (var round in doc.FourRounds!)
        {
            state.FourRounds.Add(Groups(round, known));
        }

        if (doc.Current is { } c)
        {
            Require(c.Round == doc.RoundsStarted, "The running round is not the last round started.");
            var plan = design.Rounds[c.Round - 1];
            Require(c.Turn >= 0 && c.Turn < people.Count, "The turn is outside the participants.");
            Require(Enum.IsDefined(c.Step), "The 1-2-4-All step is unknown.");
            Require(c.Teams is not null && c.Pairs is not null && c.Fours is not null, "A team list is null.");
            var teams = Groups(c.Teams!, known);
            var pairs = Groups(c.Pairs!, known);
            var fours = Groups(c.Fours!, known);
            if (plan.Technique == GenerationTechnique.Brainwriting)
            {
                var expected = SheetRotation.FormTeams(people, plan.TeamSize);
                Require(teams.Length == expected.Count && teams.Zip(expected).All(x => x.First.SequenceEqual(x.Second)), "The brainwriting teams do not match the design.");
                Require(c.Pass >= 0 && c.Pass < teams.Max(t => t.Length), "The brainwriting pass is out of range.");
            }
            else
            {
                Require(c.Pass == 0, "Only brainwriting rounds pass sheets.");
                var step = plan.Technique == GenerationTechnique.OneTwoFourAll ? c.Step : OneTwoFourAllStep.Alone;
                Require(step == c.Step, "Only 1-2-4-All rounds have steps.");
                Require(step >= OneTwoFourAllStep.Pairs ? pairs.SelectMany(p => p).Count() == people.Count : pairs.IsEmpty, "The 1-2-4-All pairs do not seat everyone once.");
                Require(step >= OneTwoFourAllStep.Fours ? fours.SelectMany(p => p).Count() == people.Count : fours.IsEmpty, "The 1-2-4-All fours do not seat everyone once.");
                Require(step switch { OneTwoFourAllStep.Pairs => SameGroups(teams, pairs), OneTwoFourAllStep.Fours => SameGroups(teams, fours), _ => teams.IsEmpty }, "The teams do not match the 1-2-4-All step.");
            }

            state.Current = new CurrentRound(new Round(c.Round), plan, plan.Prompt ?? design.Prompt, new Timebox(c.StartedAt, c.Duration))
            {
                Turn = c.Turn,
                Pass = c.Pass,
                Step = c.Step,
                Teams = teams,
                Pairs = pairs,
                Fours = fours,
            };
        }

        Require(doc.Ideas!.Count <= BrainstormDefaults.MaxIdeas, "The document holds too many ideas.");
        foreach (var d in doc.Ideas)
        {
            Require(d is not null, "An idea is null.");
            var number = state.Ideas.Count + 1;
            Require(d!.Id.Value == $"idea-{number.ToString(CultureInfo.InvariantCulture)}", $"Idea number {number} must have the id 'idea-{number}'.");
            Require(d.Round >= 1 && d.Round <= doc.RoundsStarted, $"'{d.Id}' comes from a round that has not started.");
            Require(Identifier.FindTextProblem(d.Text, "idea", Limits.MaxTextLength) is null, $"'{d.Id}' has invalid text.");
            Require(d.Author is null || known.Contains(d.Author.Value), $"'{d.Id}' has an author who is not a participant.");
            Require(d.Author is null || !design.Rounds[d.Round - 1].Anonymous, $"'{d.Id}' comes from an anonymous round but names an author.");
            Require(d.Category is null || (categories.Count == 0 ? Identifier.FindTextProblem(d.Category, "category", Limits.MaxNameLength) is null : categories.Contains(d.Category)), $"'{d.Id}' has an unknown category.");
            Require(d.BuildsOn is null || state.IdeaIndex.ContainsKey(d.BuildsOn.Value), $"'{d.Id}' builds on an idea recorded after it.");
            Require(d.Step is null || Enum.IsDefined(d.Step.Value), $"'{d.Id}' has an unknown step.");
            Require(d.Clarifications is not null && d.Clarifications.Count <= BrainstormDefaults.MaxClarificationsPerIdea
                && d.Clarifications.All(t => Identifier.FindTextProblem(t, "clarification", Limits.MaxTextLength) is null), $"'{d.Id}' has invalid clarifications.");
            state.AddIdea(new Idea(d.Id, d.Text, new Round(d.Round), d.RecordedAt)
            {
                Author = d.Author,
                Category = d.Category,
                BuildsOn = d.BuildsOn,
                Team = d.Team,
                Sheet = d.Sheet,
                Pass = d.Pass,
                Step = d.Step,
                Clarifications = [.. d.Clarifications!],
                DuplicateOf = d.DuplicateOf,
            });
        }

        foreach (var idea in state.Ideas.Where(i => i.DuplicateOf is not null))
        {
            var original = state.FindIdea(idea.DuplicateOf!.Value);
            Require(original is not null && original.Id != idea.Id && original.DuplicateOf is null, $"'{idea.Id}' duplicates an idea that is missing, itself, or a duplicate.");
        }

        Require(doc.Phase >= BrainstormPhase.Clustering || (doc.Clusters!.Count == 0 && state.Ideas.TrueForAll(i => i.DuplicateOf is null)), "Clusters and duplicates exist only from the clustering phase on.");
        Require(doc.Phase >= BrainstormPhase.Clarifying || state.Ideas.TrueForAll(i => i.Clarifications.IsEmpty), "Clarifications exist only from the clarifying phase on.");
        Require(doc.NextCluster >= 1 && doc.Clusters!.Count <= BrainstormDefaults.MaxClusters, "The cluster counter is invalid.");
        state.NextCluster = doc.NextCluster;
        foreach (var k in doc.Clusters!)
        {
            Require(k is not null && k.Ideas is not null, "A cluster is null.");
            Require(k!.Id.StartsWith("cluster-", StringComparison.Ordinal) && int.TryParse(k.Id.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n < doc.NextCluster, $"The cluster id '{Identifier.Shorten(k.Id)}' is invalid.");
            Require(state.FindCluster(k.Id) < 0, $"The cluster '{k.Id}' appears twice.");
            Require(k.Heading is null || Identifier.FindTextProblem(k.Heading, "heading", Limits.MaxNameLength) is null, $"The cluster '{k.Id}' has an invalid heading.");
            Require(k.Ideas!.All(i => state.IdeaIndex.ContainsKey(i)) && k.Ideas!.Distinct().Count() == k.Ideas!.Count, $"The cluster '{k.Id}' refers to missing or repeated ideas.");
            state.Clusters.Add(new Cluster(k.Id, k.Heading, [.. k.Ideas!]));
        }

        var voted = doc.Phase >= BrainstormPhase.Voting;
        Require(voted || (doc.Dots!.Count == 0 && doc.Rankings!.Count == 0 && doc.Decision is null), "Ballots and decisions exist only from the voting phase on.");
        if (voted)
        {
            state.Ballot = [.. state.Ideas.Where(i => i.DuplicateOf is null).Select(i => i.Id)];
            Require(!state.Ballot.IsEmpty, "Voting needs at least one idea on the ballot.");
            state.Budget = voting == VotingMethod.Dots
                ? design.DotsPerPerson ?? Tally.DefaultBudget(state.Ballot.Length, design.MaxDotsPerPerson)
                : Math.Min(design.RankedChoices, state.Ballot.Length);
            var onBallot = state.Ballot.ToHashSet();
            Require(voting == VotingMethod.Dots || doc.Dots!.Count == 0, "Dot ballots in a ranked vote.");
            Require(voting == VotingMethod.Ranked || doc.Rankings!.Count == 0, "Ranked ballots in a dot vote.");
            foreach (var (voter, dots) in doc.Dots!)
            {
                Require(known.Contains(voter) && dots is not null, $"A ballot belongs to '{Identifier.Shorten(voter.Value)}', who is not a participant.");
                Require(dots!.All(x => onBallot.Contains(x.Key) && x.Value >= 1 && (design.MaxDotsPerIdea is not { } cap || x.Value <= cap)), $"'{voter}''s ballot has ideas off the ballot or invalid counts.");
                Require(dots!.Values.Sum(v => (long)v) <= state.Budget, $"'{voter}''s ballot exceeds the budget of {state.Budget} dots.");
                state.Dots[voter] = dots!.ToImmutableSortedDictionary();
            }

            foreach (var (voter, ranking) in doc.Rankings!)
            {
                Require(known.Contains(voter) && ranking is not null, $"A ballot belongs to '{Identifier.Shorten(voter.Value)}', who is not a participant.");
                Require(ranking!.Count >= 1 && ranking.Count <= state.Budget && ranking.All(onBallot.Contains) && ranking.Distinct().Count() == ranking.Count, $"'{voter}''s ranking is invalid.");
                state.Rankings[voter] = [.. ranking];
            }
        }

        if (doc.Phase >= BrainstormPhase.Deciding)
        {
            state.Result = Tally.Count(voting, state.Ballot, state.Dots.Values, state.Rankings.Values.Select(r => (IReadOnlyList<ContributionId>)r), design.RankedChoices);
        }

        if (doc.Decision is { } decision)
        {
            Require(doc.Phase >= BrainstormPhase.Deciding, "A decision exists only from the deciding phase on.");
            var onBallot = state.Ballot.ToHashSet();
            var chosen = decision.Chosen ?? [];
            Require(chosen.Count > 0 && chosen.All(onBallot.Contains) && chosen.Distinct().Count() == chosen.Count, "The decision takes forward ideas not on the ballot.");
            Require(decision.Note is null || Identifier.FindTextProblem(decision.Note, "decision note", Limits.MaxTextLength) is null, "The decision note is invalid.");
            state.Decision = new BrainstormDecision([.. chosen], decision.Note);
        }

        return state;
    }

    private static ImmutableArray<ImmutableArray<ParticipantId>> Groups(List<List<ParticipantId>> groups, HashSet<ParticipantId> known)
    {
        var seen = new HashSet<ParticipantId>();
        foreach (var group in groups)
        {
            CheckGroup(group, known);
            Require(group!.TrueForAll(seen.Add), "A person sits in two teams at once.");
        }

        return [.. groups.Select(g => g.ToImmutableArray())];
    }

    private static bool SameGroups(ImmutableArray<ImmutableArray<ParticipantId>> a, ImmutableArray<ImmutableArray<ParticipantId>> b) =>
        a.Length == b.Length && a.Zip(b).All(x => x.First.SequenceEqual(x.Second));

    private static void CheckGroup(List<ParticipantId> group, HashSet<ParticipantId> known) =>
        Require(group is { Count: > 0 } && group.TrueForAll(known.Contains) && group.Distinct().Count() == group.Count, "A team is empty, repeats someone, or holds someone who is not a participant.");

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new SessionDocumentException("The brainstorm document describes an impossible session: " + problem);
        }
    }
}
